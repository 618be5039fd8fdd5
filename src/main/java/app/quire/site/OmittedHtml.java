package app.quire.site;

import app.quire.markdown.RawHtml;
import java.util.List;

/**
 * The raw HTML filter of a Hugo post's export when the site leaves raw HTML out (decision 0235): HTML a shortcode
 * expanded to (Quire's own, at the expansion's spans) stays, the author's goes; remembers where the first left-out
 * piece was written in the body, for the one warning per post.
 */
final class OmittedHtml implements RawHtml.Filter {
    static final String MESSAGE = "raw HTML left out of the page, as Hugo does by default; to keep it, set "
            + "[markup.goldmark.renderer] unsafe = true in the site config";

    /** {start out, end out, start in body, end in body} of each expanded shortcode, in order. */
    private final List<int[]> spans;
    /** The expanded text the offsets are in. */
    private final String text;
    /** Body offset of the first node left out, or -1. */
    int first = -1;

    OmittedHtml(String text, List<int[]> spans) {
        this.text = text;
        this.spans = spans;
    }

    @Override
    public boolean keep(int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--; // a block's line end and blank lines are not part of what a shortcode wrote
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        for (int[] s : spans) {
            if (s[0] <= start && end <= s[1] && s[0] < s[1]) {
                return true;
            }
        }
        int inBody = toBody(start);
        if (first < 0 || inBody < first) {
            first = inBody;
        }
        return false;
    }

    /** An offset of the expanded text as an offset of the body as written. */
    private int toBody(int offset) {
        int shift = 0;
        for (int[] s : spans) {
            if (s[0] > offset) {
                break;
            }
            if (offset < s[1]) {
                return s[2]; // inside a shortcode's output: its start
            }
            shift = s[3] - s[1];
        }
        return offset + shift;
    }
}
