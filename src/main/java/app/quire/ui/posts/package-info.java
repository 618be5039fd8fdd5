/**
 * The list of the blog folder's posts on the left of the window: a scanner (plain Java, reads front matter)
 * and the list view. The full sidebar (search, filters, media) grows here.
 */
package app.quire.ui.posts;
