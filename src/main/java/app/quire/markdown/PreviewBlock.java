package app.quire.markdown;

/**
 * One top-level block of the preview: its 0-based first and last source line (inclusive, lines of the whole
 * post file) and its HTML. The HTML is exactly one root element whose opening tag carries the same range as
 * {@code data-line-start} and {@code data-line-end} attributes.
 */
public record PreviewBlock(int startLine, int endLine, String html) {
    static final String START_ATTR = "data-line-start";
    static final String END_ATTR = "data-line-end";

    /** This block with the line range {@code start..end}: record fields and the root's line attributes. */
    public PreviewBlock relined(int start, int end) {
        if (start == startLine && end == endLine) {
            return this;
        }
        return new PreviewBlock(start, end, LineAttributes.rewrite(html, start, end));
    }

    /** This block moved by {@code delta} lines: record fields and the root's line attributes. */
    public PreviewBlock shift(int delta) {
        if (delta == 0) {
            return this;
        }
        return new PreviewBlock(startLine + delta, endLine + delta,
                LineAttributes.rewrite(html, startLine + delta, endLine + delta));
    }
}
