package app.quire.ui.editor;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Pure comparison of two span lists by position: the smallest range of the new spans that differs from the old
 * ones (equal spans at the start and, aligned at the end, at the end are skipped).
 */
final class StyleSpansDiff {
    private StyleSpansDiff() {
    }

    /** {@code {from, to}} in new-text offsets, or null when nothing differs. */
    static <S> int[] changedRange(StyleSpans<S> old, StyleSpans<S> now) {
        if (old == null) {
            return now.length() == 0 ? null : new int[] {0, now.length()};
        }
        int oldCount = old.getSpanCount();
        int newCount = now.getSpanCount();
        int head = 0;
        int from = 0;
        while (head < oldCount && head < newCount) {
            StyleSpan<S> a = old.getStyleSpan(head);
            StyleSpan<S> b = now.getStyleSpan(head);
            if (a.getLength() != b.getLength() || !a.getStyle().equals(b.getStyle())) {
                break;
            }
            from += b.getLength();
            head++;
        }
        if (head == oldCount && head == newCount) {
            return null;
        }
        int to = now.length();
        int tailOld = oldCount - 1;
        int tailNew = newCount - 1;
        while (tailOld >= head && tailNew >= head) {
            StyleSpan<S> a = old.getStyleSpan(tailOld);
            StyleSpan<S> b = now.getStyleSpan(tailNew);
            if (a.getLength() != b.getLength() || !a.getStyle().equals(b.getStyle())) {
                break;
            }
            to -= b.getLength();
            tailOld--;
            tailNew--;
        }
        return new int[] {from, Math.max(from, to)};
    }
}
