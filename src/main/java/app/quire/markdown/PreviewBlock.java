package app.quire.markdown;

/** One top-level block of the preview: its 0-based first and last source line (inclusive) and its HTML. */
public record PreviewBlock(int startLine, int endLine, String html) {
}
