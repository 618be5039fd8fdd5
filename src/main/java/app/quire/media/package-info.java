/**
 * Images of a blog, without JavaFX: bringing a file or pasted bytes into the site's images folder (naming patterns,
 * one copy per content, downscaling), the URL the built site serves it under for each site shape, localizing remote
 * images a post links to, and listing the blog's images with the posts that use them.
 */
package app.quire.media;
