/**
 * The Preferences window (Edit > Preferences…): app-wide choices kept in the settings file, and the open blog's
 * image settings kept in the blog's own {@code _quire/images.properties}.
 */
package app.quire.ui.prefs;
