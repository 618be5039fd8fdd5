package app.quire.ui.preview;

import app.quire.markdown.PreviewBlock;
import java.util.List;

/**
 * The DOM change that turns the page from {@code base} into {@code next}: replace {@code removeCount} block
 * elements at {@code from} with {@code insertedCount} new ones whose HTML is joined by {@link #SEPARATOR}, and set
 * the header when {@code headerHtml} is not null. Computed against the page's state, not the session's, so a
 * dropped update can never leave the page and the diff base out of step.
 */
record PreviewUpdate(ShownPreview base, ShownPreview next, String headerHtml, int from, int removeCount,
        String insertedHtml, int insertedCount) {

    /** Joins block HTML for the page script; it never occurs in a block (see {@link #between}). */
    static final char SEPARATOR = '\u001e';

    boolean isEmpty() {
        return headerHtml == null && removeCount == 0 && insertedCount == 0;
    }

    static PreviewUpdate between(ShownPreview base, ShownPreview next) {
        List<PreviewBlock> old = base.blocks();
        List<PreviewBlock> now = next.blocks();
        int max = Math.min(old.size(), now.size());
        int prefix = 0;
        while (prefix < max && sameHtml(old.get(prefix), now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && sameHtml(old.get(old.size() - 1 - suffix), now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        StringBuilder joined = new StringBuilder();
        int count = now.size() - prefix - suffix;
        for (int i = prefix; i < prefix + count; i++) {
            if (i > prefix) {
                joined.append(SEPARATOR);
            }
            joined.append(now.get(i).html().replace(SEPARATOR, '\ufffd'));
        }
        String header = next.headerHtml().equals(base.headerHtml()) ? null : next.headerHtml();
        return new PreviewUpdate(base, next, header, prefix, old.size() - prefix - suffix, joined.toString(), count);
    }

    /**
     * Blocks that moved to other lines but render the same are left alone in the page: line-number attributes
     * on the block's first tag (data-line-start/-end, from the Markdown side) do not count as a difference.
     */
    static boolean sameHtml(PreviewBlock a, PreviewBlock b) {
        String x = a.html();
        String y = b.html();
        if (x.equals(y)) {
            return true;
        }
        int xTag = x.indexOf('>');
        int yTag = y.indexOf('>');
        if (xTag < 0 || yTag < 0 || x.length() - xTag != y.length() - yTag
                || !x.regionMatches(xTag, y, yTag, x.length() - xTag)) {
            return false;
        }
        return withoutLines(x.substring(0, xTag)).equals(withoutLines(y.substring(0, yTag)));
    }

    private static String withoutLines(String tag) {
        return LINE_ATTRIBUTES.matcher(tag).replaceAll("");
    }

    private static final java.util.regex.Pattern LINE_ATTRIBUTES =
            java.util.regex.Pattern.compile("\\s+data-(?:source-)?line(?:-start|-end)?=\"\\d*\"");
}
