/**
 * Markdown to HTML: the one flexmark pipeline ({@link app.quire.markdown.MarkdownRenderer}, built once, shared,
 * thread-safe) with its two targets, export (clean HTML) and preview (one {@link app.quire.markdown.PreviewBlock}
 * per top-level block, carrying its source lines), plus the incremental preview
 * ({@link app.quire.markdown.PreviewSession} producing {@link app.quire.markdown.PreviewPatch}es), link/image
 * target resolution for the preview ({@link app.quire.markdown.ImageSources}), raw-HTML sanitising for the
 * preview and the article header. No JavaFX here: this package is used by the CLI export too.
 * The pipeline uses flexmark's extension points for speed without changing output (Quick* classes: autolink
 * and table pre-tests, inline-parser matches, plain text nodes; lines found by {@code LineIndex}), and to keep
 * pathological text near-linear: link destinations and titles from one-pass indexes of the paragraph
 * ({@code LinkDestinationIndex}, {@code LinkTitleIndex}), a heading factory that does not join the paragraph on
 * every line ({@code QuickHeadingFactory}), a list nesting limit ({@code DeepListGuard}), the autolink step and heading
 * text un-escaped as plain Strings ({@code AutolinkLiteral}), link labels without regex backtracking
 * ({@code LinkLabelMatch}).
 * Decisions: docs/decisions/0020 (pipeline), 0021 (incremental preview), 0022 (sanitising and link targets),
 * 0140-0144 (export speed, golden output test), 0145 (direct export HTML writer), 0146-0149 (parser speed),
 * 0182-0185, 0190, 0196, 0197 (pathological inputs).
 */
package app.quire.markdown;
