/**
 * The desktop app: {@link app.quire.ui.QuireApp} starts it, {@link app.quire.ui.MainWindow} assembles the window
 * from its views, {@link app.quire.ui.DocumentCommands} runs the file commands. Sub-packages hold the editor,
 * the preview, the post list, the action table, the workspace model and settings.
 */
package app.quire.ui;
