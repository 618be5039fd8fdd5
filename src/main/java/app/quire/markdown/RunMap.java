package app.quire.markdown;

import com.vladsch.flexmark.util.misc.Utils;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Html5Entities;
import com.vladsch.flexmark.util.sequence.Range;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The autolink step's offsets for a run of text and entity nodes, made in linear time (docs/decisions/0201).
 * flexmark un-escapes the run in two passes through one {@code ReplacedTextMapper}: {@code unescapeHtml} over the
 * entity nodes' ranges (base offsets used as indexes into the run), then {@code unescape}; each pass builds a
 * segmented sequence, whose builder is quadratic in the number of replacements. This makes the same two passes on
 * Strings and keeps, per index of each pass's output, the mapper's answer: a copied character maps to where it
 * was copied from, the k-th character of a replacement to min(start + k, end) of what it replaced, the end of the
 * text to the end of the run (flexmark's {@code originalOffset}). It also keeps, per character of the final text,
 * the run index it is a copy of (an escape keeps its escaped character, an unknown entity name is kept as it is),
 * or -1 for a character an entity decoded to: such a character has no place in the source. Compared with
 * flexmark's mapper in {@code RunMapTest}.
 */
final class RunMap {
    /** flexmark's {@code Escaping.ENTITY} (private there). */
    private static final String ENTITY = "&(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});";
    private static final Pattern ENTITY_ONLY = Pattern.compile(ENTITY, Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY_OR_ESCAPED_CHAR = Pattern.compile(
            "\\\\" + Escaping.ESCAPABLE + '|' + ENTITY, Pattern.CASE_INSENSITIVE);

    /** The un-escaped text. */
    final String text;
    /** Per index 0..text.length(): flexmark's {@code originalOffset}. */
    private final int[] original;
    /** Per character of {@link #text}: the run index it is a copy of, or -1. */
    private final int[] source;

    private RunMap(String text, int[] original, int[] source) {
        this.text = text;
        this.original = original;
        this.source = source;
    }

    int originalOffset(int index) {
        return original[index];
    }

    /** The run index the character at {@code index} is a copy of; -1 for a character decoded from an entity. */
    int sourceIndex(int index) {
        return source[index];
    }

    /** The map of a run's characters with its entity nodes' ranges (as flexmark's processor passes them). */
    static RunMap of(String raw, List<Range> entities) {
        int n = raw.length();
        Pass first = entities.isEmpty() ? null : entitiesIn(raw, entities);
        String mid = first == null ? raw : first.out.toString();
        Pass second = unescape(mid);
        String text = second == null ? mid : second.out.toString();
        int len = text.length();
        int[] original = new int[len + 1];
        int[] source = new int[len];
        for (int i = 0; i < len; i++) {
            int m = second == null ? i : second.original[i];
            original[i] = first == null ? m : (m == mid.length() ? n : first.original[m]);
            int s = second == null ? i : second.source[i];
            source[i] = s < 0 || first == null ? s : first.source[s];
        }
        original[len] = n;
        return new RunMap(text, original, source);
    }

    /** One pass's output with its per-index maps (as long as the output; original also of replaced text). */
    private static final class Pass {
        final StringBuilder out;
        int[] original;
        int[] source;
        int size;

        Pass(int capacity) {
            out = new StringBuilder(capacity);
            original = new int[capacity + 16];
            source = new int[capacity + 16];
        }

        void copy(String s, int from, int to) {
            for (int j = from; j < to; j++) {
                add(j, j);
            }
            out.append(s, from, to);
        }

        /** A replacement of [from, to) by {@code with}: an escaped character, a copy of {@code from + 1}. */
        void escape(int from, int to, String with) {
            for (int k = 0; k < with.length(); k++) {
                add(Math.min(from + k, to), from + 1);
            }
            out.append(with);
        }

        /**
         * A replacement of the entity [from, to) by flexmark's decoding of it; a decoded character that is a
         * character of the entity's own text (an unknown name is kept as it is) is a copy of it.
         */
        void entity(String s, int from, int to) {
            BasedSequence decoded = Html5Entities.entityToSequence(BasedSequence.of(s.substring(from, to)));
            for (int k = 0; k < decoded.length(); k++) {
                int offset = decoded.getIndexOffset(k);
                add(Math.min(from + k, to), offset < 0 ? -1 : from + offset);
            }
            out.append(decoded);
        }

        private void add(int originalIndex, int sourceIndex) {
            if (size == original.length) {
                original = java.util.Arrays.copyOf(original, size * 2 + 16);
                source = java.util.Arrays.copyOf(source, size * 2 + 16);
            }
            original[size] = originalIndex;
            source[size] = sourceIndex;
            size++;
        }
    }

    /** {@code Escaping.unescapeHtml(s, ranges, mapper)}; null when nothing is replaced. */
    private static Pass entitiesIn(String s, List<Range> ranges) {
        Matcher m = ENTITY_ONLY.matcher(s);
        m.useTransparentBounds(false);
        Pass pass = null;
        int lastEnd = 0;
        for (Range range : ranges) {
            int start = Utils.rangeLimit(range.getStart(), lastEnd, s.length());
            int end = Utils.rangeLimit(range.getEnd(), start, s.length());
            m.region(start, end);
            while (m.find()) {
                if (pass == null) {
                    pass = new Pass(s.length());
                }
                pass.copy(s, lastEnd, m.start());
                pass.entity(s, m.start(), m.end());
                lastEnd = m.end();
            }
        }
        if (pass != null) {
            pass.copy(s, lastEnd, s.length());
        }
        return pass;
    }

    /** {@code Escaping.unescape(s, mapper)}; null when nothing is replaced. */
    private static Pass unescape(String s) {
        Matcher m = ENTITY_OR_ESCAPED_CHAR.matcher(s);
        if (!m.find()) {
            return null;
        }
        Pass pass = new Pass(s.length());
        int lastEnd = 0;
        do {
            pass.copy(s, lastEnd, m.start());
            if (s.charAt(m.start()) == '\\') {
                pass.escape(m.start(), m.end(), s.substring(m.start() + 1, m.end()));
            } else {
                pass.entity(s, m.start(), m.end());
            }
            lastEnd = m.end();
        } while (m.find());
        pass.copy(s, lastEnd, s.length());
        return pass;
    }
}
