/**
 * User settings of the desktop app (theme, last session, recent files) and where they live on disk (XDG folders).
 * JavaFX-free, so they can be read before the toolkit starts.
 */
package app.quire.ui.settings;
