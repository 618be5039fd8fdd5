/**
 * The blog sidebar on the left of the window: {@link app.quire.ui.posts.SidebarModel} (every post with its
 * status, search, filters, sort; read and indexed off the FX thread), {@link app.quire.ui.posts.BlogSidebar}
 * (the view), {@link app.quire.ui.posts.SearchIndex} (plain-Java full-text index) and
 * {@link app.quire.ui.posts.BlogCommands} (new post, rename, delete to trash, publish draft; the file work
 * itself is {@link app.quire.site.PostOperations}).
 */
package app.quire.ui.posts;
