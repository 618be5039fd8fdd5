package app.quire.markdown;

import com.vladsch.flexmark.util.misc.Utils;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Html5Entities;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters flexmark 0.64.8's autolink step searches for links in a run of text, as a plain String made in
 * linear time. flexmark makes them as a segmented sequence with a text mapper ({@code Escaping.unescapeHtml} over
 * the entity nodes' ranges, {@code Escaping.unescape}, {@code Escaping.removeAll} of U+001F); its segment builder
 * grows its array by one segment at a time, so a run with n escapes or entities cost n² (docs/decisions/0196).
 * Same three steps with the same patterns and entity decoding, on Strings: same characters, compared with
 * flexmark's in {@code AutolinkLiteralTest}.
 */
final class AutolinkLiteral {
    /** flexmark's {@code Escaping.ENTITY} (private there). */
    private static final String ENTITY = "&(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});";
    private static final Pattern ENTITY_ONLY = Pattern.compile(ENTITY, Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY_OR_ESCAPED_CHAR = Pattern.compile(
            "\\\\" + Escaping.ESCAPABLE + '|' + ENTITY, Pattern.CASE_INSENSITIVE);

    private AutolinkLiteral() {
    }

    /**
     * @param text the run's characters (the node's and those of the nodes that continue it)
     * @param entities the entity nodes' ranges as flexmark's processor passes them: base offsets, used by
     *     {@code unescapeHtml} as indexes into the run (so they only line up for a run at the document's start)
     * @param dropDummyIdentifier whether U+001F is removed (flexmark's {@code INTELLIJ_DUMMY_IDENTIFIER})
     */
    static String of(CharSequence text, List<Range> entities, boolean dropDummyIdentifier) {
        String s = text.toString();
        if (!entities.isEmpty() && s.indexOf('&') >= 0) {
            s = entitiesIn(s, entities);
        }
        if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0) {
            s = unescape(s);
        }
        if (dropDummyIdentifier && s.indexOf('\u001f') >= 0) {
            s = s.replace("\u001f", "");
        }
        return s;
    }

    /** {@code Escaping.unescapeHtml(s, ranges, mapper)}: entities replaced only inside the (clamped) ranges. */
    private static String entitiesIn(String s, List<Range> ranges) {
        Matcher m = ENTITY_ONLY.matcher(s);
        m.useTransparentBounds(false);
        StringBuilder out = new StringBuilder(s.length());
        int lastEnd = 0;
        for (Range range : ranges) {
            int start = Utils.rangeLimit(range.getStart(), lastEnd, s.length());
            int end = Utils.rangeLimit(range.getEnd(), start, s.length());
            m.region(start, end);
            while (m.find()) {
                out.append(s, lastEnd, m.start()).append(decode(m.group()));
                lastEnd = m.end();
            }
        }
        return lastEnd == 0 ? s : out.append(s, lastEnd, s.length()).toString();
    }

    /** {@code Escaping.unescape(s, mapper)}: escapes lose their backslash, entities are decoded. */
    private static String unescape(String s) {
        Matcher m = ENTITY_OR_ESCAPED_CHAR.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int lastEnd = 0;
        do {
            out.append(s, lastEnd, m.start());
            if (s.charAt(m.start()) == '\\') {
                out.append(s, m.start() + 1, m.end());
            } else {
                out.append(decode(m.group()));
            }
            lastEnd = m.end();
        } while (m.find());
        return out.append(s, lastEnd, s.length()).toString();
    }

    /**
     * The last index of {@code raw} at which a link may start after un-escaping (-1 if none). A link needs '@',
     * ':' or 'w'/'W' (see {@code QuickAutolinkExtension.step}); un-escaping (any alignment of the entity ranges,
     * U+001F removed or not) only makes such a character from: itself (also escaped), an entity that decodes to
     * one, or an entity formed anew in the second pass, which needs a decoded '&' (a danger where the characters
     * after it form an entity that decodes to one) or decoded characters inside it ('#', ';', letters, digits:
     * a danger themselves). So every text from an index after the result yields no link in flexmark's step.
     */
    static int lastLinkStart(CharSequence raw) {
        Matcher m = ENTITY_ONLY.matcher(raw);
        for (int i = raw.length() - 1; i >= 0; i--) {
            char c = raw.charAt(i);
            if (isLinkStart(c)) {
                return i;
            }
            if (c == '&' && m.region(i, raw.length()).lookingAt()) {
                String decoded = decode(m.group());
                for (int k = 0; k < decoded.length(); k++) {
                    char d = decoded.charAt(k);
                    if (isLinkStart(d) || d == '#' || d == ';' || Character.isLetterOrDigit(d)) {
                        return i;
                    }
                }
                if (decoded.indexOf('&') >= 0 && formsLinkStart(raw, m.end())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isLinkStart(char c) {
        return c == '@' || c == ':' || c == 'w' || c == 'W';
    }

    /** Whether a decoded '&' followed by {@code raw[from..]} forms an entity that decodes to a link start. */
    private static boolean formsLinkStart(CharSequence raw, int from) {
        String tail = "&" + raw.subSequence(from, Math.min(raw.length(), from + 40));
        Matcher m = ENTITY_ONLY.matcher(tail);
        if (!m.lookingAt()) {
            return false;
        }
        String decoded = decode(m.group());
        for (int k = 0; k < decoded.length(); k++) {
            if (isLinkStart(decoded.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether un-escaping leaves these characters as they are: no '\\', '&amp;' or U+001F in them. */
    static boolean isUntouched(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' || c == '\u001f') {
                return false;
            }
        }
        return true;
    }

    /** {@link #isUntouched} and no ':', '@', 'w' or 'W': no link trigger and no {@code www.} start. */
    static boolean holdsNoLinkStart(CharSequence text) {
        if (!isUntouched(text)) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == 'w' || c == 'W') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether no un-escaping of {@code raw} (any alignment of flexmark's entity ranges) can make an '@': no '@',
     * no '#' (numeric entities, also formed in the second pass) and no {@code commat}, the one named entity for it.
     */
    static boolean cannotMakeAt(CharSequence raw) {
        String s = raw.toString();
        return s.indexOf('@') < 0 && s.indexOf('#') < 0 && !s.toLowerCase(java.util.Locale.ROOT).contains("commat");
    }

    /**
     * Whether the entity node's characters, where they follow a text node of {@link #holdsNoLinkStart}, un-escape
     * to a first character that cannot continue a URL scheme (letter, digit, '+', '-', '.') or be its ':'. flexmark
     * decodes the entity once, or (its entity ranges being misaligned) twice when the decoded text starts an
     * entity with what follows; so a decoding that holds '&amp;' or '\\' only qualifies as exactly "&amp;", with
     * {@code next} (the node after the entity) unable to continue an entity name or number after it.
     */
    static boolean decodesSafely(CharSequence entity, Node next) {
        Matcher m = ENTITY_ONLY.matcher(entity);
        if (!m.matches()) {
            return false;
        }
        String decoded = decode(m.group());
        if (decoded.isEmpty() || !safeFirst(decoded.charAt(0))) {
            return false;
        }
        if (decoded.indexOf('&') < 0 && decoded.indexOf('\\') < 0) {
            return true;
        }
        if (!decoded.equals("&")) {
            return false;
        }
        if (next == null || !next.getChars().isContinuationOf(entityChars(entity))) {
            return true; // the run ends here (or at a space): "&" alone is no entity
        }
        if (!(next instanceof com.vladsch.flexmark.ast.Text)) {
            return false;
        }
        CharSequence after = next.getChars();
        if (!isUntouched(after) || ENTITY_ONLY.matcher("&" + after).lookingAt()) {
            return false;
        }
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c)) && c != '#') {
                return true; // an entity name or number ends here, and none matched
            }
        }
        // the text could go on into an entity: what comes after it must start with a character that cannot
        Node afterNext = next.getNext();
        if (afterNext == null || !afterNext.getChars().isContinuationOf(next.getChars())) {
            return true;
        }
        if (!(afterNext instanceof com.vladsch.flexmark.ast.HtmlEntity)) {
            return false;
        }
        Matcher n = ENTITY_ONLY.matcher(afterNext.getChars());
        if (!n.matches()) {
            return false;
        }
        String d = decode(n.group());
        return !d.isEmpty() && !Character.isLetterOrDigit(d.charAt(0)) && d.charAt(0) != ';' && d.charAt(0) != '#';
    }

    private static BasedSequence entityChars(CharSequence entity) {
        return (BasedSequence) entity;
    }

    /** Not a character a URL scheme holds, nor its ':'. */
    private static boolean safeFirst(char c) {
        return !Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.' && c != ':';
    }

    /** Whether un-escaping {@code text} decodes an entity (as opposed to only dropping escapes' backslashes). */
    static boolean decodesEntity(CharSequence text) {
        if (!EscapeMap.holdsBackslashOrAmpersand(text)) {
            return false;
        }
        Matcher m = ENTITY_OR_ESCAPED_CHAR.matcher(text);
        while (m.find()) {
            if (text.charAt(m.start()) == '&') {
                return true;
            }
        }
        return false;
    }

    /** An entity's characters as flexmark's sequence replacer decodes them. */
    private static String decode(String entity) {
        return Html5Entities.entityToSequence(BasedSequence.of(entity)).toString();
    }

    /**
     * For a text whose un-escaping replaces backslash escapes only (no entity): per index of the un-escaped text,
     * flexmark's mapper answer ({@code ReplacedTextMapper.originalOffset}: the text index of the character, or of
     * its backslash when escaped) and the text index of the character itself (where its base offset comes from).
     * Lets the autolink step place links without flexmark's quadratic segmented sequence (decision 0196).
     */
    static final class EscapeMap {
        private final int[] original;
        private final int[] source;
        private final int textLength;

        private EscapeMap(int[] original, int[] source, int textLength) {
            this.original = original;
            this.source = source;
            this.textLength = textLength;
        }

        /** The map of {@code text}, or null when its un-escaping decodes an entity. */
        static EscapeMap of(CharSequence text) {
            int n = text.length();
            if (!holdsBackslashOrAmpersand(text)) {
                return new EscapeMap(null, null, n); // nothing replaced: flexmark's mapper has no regions
            }
            int[] original = new int[n];
            int[] source = new int[n];
            int out = 0;
            int last = 0;
            Matcher m = ENTITY_OR_ESCAPED_CHAR.matcher(text);
            while (m.find()) {
                if (text.charAt(m.start()) != '\\') {
                    return null;
                }
                for (int j = last; j < m.start(); j++, out++) {
                    original[out] = j;
                    source[out] = j;
                }
                original[out] = m.start();
                source[out] = m.start() + 1;
                out++;
                last = m.end();
            }
            for (int j = last; j < n; j++, out++) {
                original[out] = j;
                source[out] = j;
            }
            return new EscapeMap(java.util.Arrays.copyOf(original, out), java.util.Arrays.copyOf(source, out), n);
        }

        /** flexmark's {@code originalOffset}: the end of the un-escaped text maps to the end of the text. */
        int originalOffset(int index) {
            if (original == null) {
                return index;
            }
            return index >= original.length ? textLength : original[index];
        }

        /** The text index the un-escaped character at {@code index} comes from. */
        int sourceIndex(int index) {
            return source == null ? index : source[index];
        }

        private static boolean holdsBackslashOrAmpersand(CharSequence text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c == '\\' || c == '&') {
                    return true;
                }
            }
            return false;
        }
    }
}
