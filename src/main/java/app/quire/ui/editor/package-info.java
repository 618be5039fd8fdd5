/**
 * The Markdown editor of one post: {@link app.quire.ui.editor.MarkdownEditor} (a RichTextFX CodeArea with
 * highlighting, formatting shortcuts, find/replace and go-to-line bars) and the pure helpers it is built from
 * ({@link app.quire.ui.editor.MarkdownHighlighter}, {@link app.quire.ui.editor.MarkdownFormatter},
 * {@link app.quire.ui.editor.ListContinuation}, {@link app.quire.ui.editor.OutlineExtractor},
 * {@link app.quire.ui.editor.TextStats}, {@link app.quire.ui.editor.TextSearch}), which never touch the scene
 * graph and are unit-tested without the toolkit. The outline view ({@link app.quire.ui.editor.OutlinePane}) lives
 * here too.
 */
package app.quire.ui.editor;
