package app.quire.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;

/**
 * Line numbers of nodes in O(log n), from line ends found in the document's own characters (so the parser need
 * not track lines: {@code TRACK_DOCUMENT_LINES} costs ~10 % of every export). Same lines as flexmark tracks:
 * a line ends after {@code \n}, {@code \r\n} or a lone {@code \r}; a last line without an end counts, an empty
 * one after a final line end does not. Same semantics as {@code Node.getStartLineNumber()}: the line of the
 * node's first character, and of the character before its end (offsets past the last line get the line count).
 */
final class LineIndex {
    private final int[] lineEnds;

    LineIndex(Document document) {
        BasedSequence chars = document.getChars();
        int base = chars.getStartOffset();
        int length = chars.length();
        int[] ends = new int[Math.max(16, length / 32)];
        int count = 0;
        for (int i = 0; i < length; i++) {
            char c = chars.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && chars.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = base + i + 1;
            }
        }
        if (length > 0 && (count == 0 || ends[count - 1] != base + length)) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count + 1);
            }
            ends[count++] = base + length;
        }
        lineEnds = Arrays.copyOf(ends, count);
    }

    int startLine(Node node) {
        return lineOf(node.getStartOffset());
    }

    int endLine(Node node) {
        int end = node.getEndOffset();
        return lineOf(end > 0 ? end - 1 : end);
    }

    /** The first line whose end lies after {@code offset}. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = lineEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < lineEnds[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
