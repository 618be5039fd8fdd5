/**
 * The one table of user actions (label, shortcut, enabled-when, handler) that builds the menu bar and toolbar,
 * so every command has a keyboard path and a single definition. Adding a command is one line in
 * {@link app.quire.ui.actions.AppActions}.
 */
package app.quire.ui.actions;
