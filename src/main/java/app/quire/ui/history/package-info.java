/** The local-history panel: earlier saved versions of the current post, their diff, and restore. */
package app.quire.ui.history;
