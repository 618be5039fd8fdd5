/**
 * Images in the window: paste, drop and Insert Image on the editor ({@link app.quire.ui.media.ImageDropHandler}),
 * the alt-text prompt, the media view of a blog's images and the Localize Remote Images dialog. The work itself
 * (import, naming, URLs, downloads) is in the JavaFX-free {@code app.quire.media}.
 */
package app.quire.ui.media;
