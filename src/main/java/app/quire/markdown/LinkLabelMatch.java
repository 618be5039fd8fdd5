package app.quire.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * flexmark 0.64.8's link label pattern {@code ^\[(?:[^\\\[\]]|\\[ESCAPABLE]|\\){0,999}\]} without the regex.
 * A backslash before an escapable character matches both as an escape and as a lone backslash followed by a
 * plain character, so a label that does not close within 999 units makes java.util.regex try 2^k ways for k
 * escapes: {@code [} then a few hundred {@code x\.} never finished (stock flexmark alike; decision 0197).
 * This finds the same match, the first one in the regex's own search order (more units first, then the
 * alternatives in order), by the same search with failures remembered: a state that failed with n units used
 * fails with more, so each position is explored only for fewer units than before.
 * Compared with the pattern itself in {@code LinkLabelMatchTest}.
 */
final class LinkLabelMatch {
    /** The units the pattern allows between the brackets. */
    static final int MAX_UNITS = 999;

    /** The pattern's text, to recognise it (as flexmark builds it for its default options). */
    static final String PATTERN = "^\\[(?:[^\\\\\\[\\]]|\\\\" + Escaping.ESCAPABLE + "|\\\\){0,999}\\]";

    private final CharSequence s;
    private final int end;
    /** Per position after the '[': the fewest units with which the rest failed (MAX_UNITS + 1: none yet). */
    private final int[] failedWith;

    private LinkLabelMatch(CharSequence s, int from, int end) {
        this.s = s;
        this.end = end;
        failedWith = new int[Math.max(0, Math.min(end, from + 2 * MAX_UNITS + 2) - from) + 1];
        java.util.Arrays.fill(failedWith, MAX_UNITS + 1);
    }

    /** The end (exclusive) of the pattern's match at {@code from} in {@code s[from, end)}, or -1. */
    static int matchEnd(CharSequence s, int from, int end) {
        if (from >= end || s.charAt(from) != '[') {
            return -1;
        }
        LinkLabelMatch m = new LinkLabelMatch(s, from + 1, end);
        return m.search(from + 1, from + 1, 0);
    }

    /** The regex's search from {@code pos} with {@code units} used; the match end or -1. */
    private int search(int base, int pos, int units) {
        int slot = pos - base;
        if (units >= failedWith[slot]) {
            return -1;
        }
        if (units < MAX_UNITS && pos < end) {
            char c = s.charAt(pos);
            if (c != '\\' && c != '[' && c != ']') {
                // the negated class takes a whole code point, as java.util.regex does
                int next = pos + Character.charCount(Character.codePointAt(s, pos));
                int found = next > end ? -1 : search(base, next, units + 1);
                if (found >= 0) {
                    return found;
                }
            } else if (c == '\\') {
                if (pos + 1 < end && Escaping.ESCAPABLE_CHARS.indexOf(s.charAt(pos + 1)) >= 0
                        || pos + 1 < end && s.charAt(pos + 1) == '!') {
                    int found = search(base, pos + 2, units + 1);
                    if (found >= 0) {
                        return found;
                    }
                }
                int found = search(base, pos + 1, units + 1);
                if (found >= 0) {
                    return found;
                }
            }
        }
        if (pos < end && s.charAt(pos) == ']') {
            return pos + 1;
        }
        failedWith[slot] = units;
        return -1;
    }
}
