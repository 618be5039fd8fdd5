package app.quire.markdown;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import java.util.Arrays;

/**
 * Where flexmark's link destination scan ({@link LinkDestinationParser#parseLinkDestination}, matched parentheses
 * allowed, no spaces in URLs, no Jekyll macros) would stop, for every start position of one paragraph's text,
 * computed in one pass instead of one scan per start. flexmark scans from each {@code ](} to the first space or
 * control character or the first {@code )} that closes no {@code (} opened since the start, so text like
 * {@code [a](} repeated rescans the rest of the line at every {@code ](}: quadratic (docs/decisions/0182).
 * <p>
 * The scan reads the text as tokens: a backslash with an escapable character after it is one token, every other
 * character is one. A scan from a token start sees the same tokens as a scan from the text's start, so its stop
 * is the first space/control token at or after it, or the first {@code )} token whose depth (unescaped {@code (}
 * minus {@code )} before it, counted from the text's start) equals the depth at the start, whichever is first.
 * Starts inside a token (right after an escaping backslash) are not answered.
 */
final class LinkDestinationIndex {
    private static final byte OTHER = 0;
    private static final byte OPEN = 1;
    private static final byte CLOSE = 2;
    private static final byte STOP = 3;
    private static final byte INSIDE = 4;

    /** The stop for a scan from each position; -1 inside a token. */
    private final int[] stops;

    private LinkDestinationIndex(int[] stops) {
        this.stops = stops;
    }

    /** Whether the index reproduces this flexmark destination parser (the settings Quire uses). */
    static boolean supports(LinkDestinationParser parser) {
        return parser != null && parser.allowMatchedParentheses && !parser.spaceInUrls
                && !parser.parseJekyllMacrosInUrls && !parser.intellijDummyIdentifier;
    }

    /** The index of {@code text} for {@code parser}, which must be {@link #supports supported}. */
    static LinkDestinationIndex of(CharSequence text, LinkDestinationParser parser) {
        int n = text.length();
        byte[] kinds = new byte[n];
        int[] depths = new int[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            depths[i] = depth;
            if (c == '\\') {
                kinds[i] = OTHER;
                if (i + 1 < n && parser.PAREN_ESCAPABLE_CHARS.get(text.charAt(i + 1))) {
                    kinds[++i] = INSIDE;
                    depths[i] = depth;
                }
            } else if (c == '(') {
                kinds[i] = OPEN;
                depth++;
            } else if (c == ')') {
                kinds[i] = CLOSE;
                depth--;
            } else {
                kinds[i] = parser.EXCLUDED_0_TO_SPACE_CHARS.get(c) ? STOP : OTHER;
            }
        }
        // right to left: the nearest stop character, and the nearest ')' at each depth (offset by n)
        int[] closeAt = new int[2 * n + 1];
        Arrays.fill(closeAt, n);
        int[] stops = depths;
        int nextStop = n;
        for (int i = n - 1; i >= 0; i--) {
            byte kind = kinds[i];
            int d = depths[i] + n;
            if (kind == INSIDE) {
                stops[i] = -1;
                continue;
            }
            if (kind == STOP) {
                nextStop = i;
            } else if (kind == CLOSE) {
                closeAt[d] = i;
            }
            stops[i] = Math.min(nextStop, closeAt[d]);
        }
        return new LinkDestinationIndex(stops);
    }

    /**
     * Where a scan from {@code start} stops (the destination is {@code start} up to it); -1 when the index cannot
     * say (a start inside an escape).
     */
    int stop(int start) {
        return start >= stops.length ? start : stops[start];
    }
}
