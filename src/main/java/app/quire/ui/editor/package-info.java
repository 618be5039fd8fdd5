/**
 * The Markdown editor of one post: {@link app.quire.ui.editor.MarkdownEditor} (a RichTextFX CodeArea with line
 * numbers, highlighting computed off the FX thread, formatting shortcuts, list editing, and the inline
 * {@link app.quire.ui.editor.FindReplaceBar} and {@link app.quire.ui.editor.GoToLineBar}), the
 * {@link app.quire.ui.editor.OutlinePane}, the editor's CSS (light and dark, in the same resource package), and
 * the pure helpers it is built from: {@link app.quire.ui.editor.MarkdownHighlighter},
 * {@link app.quire.ui.editor.MarkdownFormatter}, {@link app.quire.ui.editor.ListContinuation},
 * {@link app.quire.ui.editor.OutlineExtractor}, {@link app.quire.ui.editor.TextStats} and
 * {@link app.quire.ui.editor.TextSearch}. The pure helpers never touch the scene graph and are unit-tested
 * without the toolkit; everything else runs on the FX thread.
 */
package app.quire.ui.editor;
