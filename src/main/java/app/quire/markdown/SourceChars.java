package app.quire.markdown;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The source text of the document being parsed as a char array, made once per document and shared by the
 * parser-side fast paths (inline text runs, the table and autolink pre-tests). Under C1, reading an array is
 * several times cheaper than {@code BasedSequence.charAt}, which goes through {@code SubSequence} to
 * {@code String.charAt} (with an index check in {@code StringUTF16} for the many posts with a non-Latin-1
 * character). Only plain slices of the source ({@link SubSequence} over the same String) can be read here;
 * callers fall back to flexmark's own code for anything else. See docs/decisions/0146.
 */
final class SourceChars {
    private static final NullableDataKey<SourceChars> KEY = new NullableDataKey<>("QUIRE_SOURCE_CHARS");

    private final String text;
    private final char[] chars;

    private SourceChars(String text) {
        this.text = text;
        chars = text.toCharArray();
    }

    /** The chars of the document whose data holder this is; null when its source is not a String. */
    static SourceChars of(DataHolder document, BasedSequence documentChars) {
        SourceChars source = KEY.get(document);
        Object base = documentChars.getBase();
        if (source != null && source.text == base) {
            return source;
        }
        if (!(base instanceof String text) || !(document instanceof MutableDataHolder holder)) {
            return null;
        }
        source = new SourceChars(text);
        holder.set(KEY, source);
        return source;
    }

    /** All characters of the source. */
    char[] chars() {
        return chars;
    }

    /** True when {@code seq} is a plain slice of this source: its char i is {@code chars()[start + i]}. */
    boolean isSliceOf(BasedSequence seq) {
        return seq instanceof SubSequence && seq.getBase() == text;
    }
}
