/**
 * The live preview: {@link app.quire.ui.preview.PreviewPane} (a WebView whose shell page is loaded once from a
 * file and then patched block by block), the pure helpers it uses to diff blocks and map source lines, the
 * extraction of the shell page into the user's cache folder, and the JS-to-Java bridge.
 * The page itself (preview.html, preview.js, preview.css) sits beside these classes as resources; the article's
 * look is app/quire/markdown/article.css, shared with the export.
 */
package app.quire.ui.preview;
