package app.quire.markdown;

/**
 * Where flexmark's link title pattern ({@code Parsing.LINK_TITLE}: a title in double quotes, single quotes or
 * parentheses, with backslash escapes) would end a title that opens at each position of one paragraph's text,
 * for one kind of closer, computed in one right-to-left pass (docs/decisions/0185).
 * <p>
 * The pattern's body is a greedy repetition of "a backslash and an escapable character" or "any character but
 * the closer and NUL", then the closer. Java's matcher tries, from each position, a further escape pair first,
 * then a further single character, and only then the closer; the first success in that order is the match.
 * That order only looks forward, so the end found from a position depends on the text after it alone, and the
 * ends for all positions follow from the ones after them. flexmark's own matcher re-reads the rest of the text
 * at every link (quadratic for {@code [a](b (} repeated with a {@code )} at the end) and recurses once per
 * character read, overflowing a normal thread's stack on a title of some thousand characters.
 */
final class LinkTitleIndex {
    /** flexmark 0.64.8's pattern, which this class reproduces; anything else is left to the pattern. */
    static final String PATTERN = "^(?:\"(\\\\[!\"#$%&'()*+,./:;<=>?@\\[\\]\\\\^_`{|}~-]|[^\"\\x00])*\""
            + "|'(\\\\[!\"#$%&'()*+,./:;<=>?@\\[\\]\\\\^_`{|}~-]|[^'\\x00])*'"
            + "|\\((\\\\[!\"#$%&'()*+,./:;<=>?@\\[\\]\\\\^_`{|}~-]|[^)\\x00])*\\))";
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

    /** For each position inside a title: the end of the title (after its closer), or -1 when there is none. */
    private final int[] ends;

    private LinkTitleIndex(int[] ends) {
        this.ends = ends;
    }

    /** The index of {@code text} for titles closed by {@code closer} ({@code "}, {@code '} or {@code )}). */
    static LinkTitleIndex of(CharSequence text, char closer) {
        int n = text.length();
        int[] ends = new int[n + 2];
        ends[n] = -1;
        ends[n + 1] = -1;
        for (int p = n - 1; p >= 0; p--) {
            char c = text.charAt(p);
            int end = -1;
            if (c == '\\' && p + 1 < n && ESCAPABLE.indexOf(text.charAt(p + 1)) >= 0) {
                end = ends[p + 2];
            }
            if (end < 0 && c != closer && c != '\0') {
                end = ends[p + 1];
            }
            if (end < 0 && c == closer) {
                end = p + 1;
            }
            ends[p] = end;
        }
        return new LinkTitleIndex(ends);
    }

    /** The end of a title whose opener is at {@code open} (the match is {@code open} up to it); -1 for none. */
    int end(int open) {
        return open + 1 < ends.length ? ends[open + 1] : -1;
    }
}
