package app.quire.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line diff of two texts (Myers' O(ND) algorithm after trimming the common head and tail). Used to summarise
 * recovered text, external changes and history versions. Lines are split on \n; a \r stays part of its line.
 * When the texts differ in more than {@link #MAX_EDITS} lines the middle is reported as one replaced block.
 */
public final class LineDiff {
    /** Beyond this many differing lines the exact diff is not searched for (memory is O(D^2)). */
    public static final int MAX_EDITS = 2000;

    /** One changed block: lines [oldStart, oldStart+removed.size()) of the old text became {@code added}. 0-based. */
    public record Hunk(int oldStart, int newStart, List<String> removed, List<String> added) {
    }

    /** The hunks in order. */
    public record Result(List<Hunk> hunks) {
        public boolean identical() {
            return hunks.isEmpty();
        }

        public int addedLines() {
            return hunks.stream().mapToInt(h -> h.added().size()).sum();
        }

        public int removedLines() {
            return hunks.stream().mapToInt(h -> h.removed().size()).sum();
        }

        /** For a dialog: "no changes" or "+3 −1 lines in 2 places". */
        public String summary() {
            if (identical()) {
                return "no changes";
            }
            int n = hunks.size();
            return "+" + addedLines() + " \u2212" + removedLines() + " lines in " + n + (n == 1 ? " place" : " places");
        }

        /** A unified-diff-like text with {@code context} unchanged lines around each hunk, for a details pane. */
        public String unified(String oldText, int context) {
            String[] old = lines(oldText);
            StringBuilder sb = new StringBuilder();
            int shownUpTo = 0;
            for (int i = 0; i < hunks.size(); i++) {
                Hunk h = hunks.get(i);
                int from = Math.max(shownUpTo, h.oldStart() - context);
                if (i == 0 || from > shownUpTo) {
                    sb.append("@@ line ").append(h.oldStart() + 1).append(" @@\n");
                }
                for (int k = from; k < h.oldStart(); k++) {
                    sb.append(' ').append(old[k]).append('\n');
                }
                h.removed().forEach(l -> sb.append('-').append(l).append('\n'));
                h.added().forEach(l -> sb.append('+').append(l).append('\n'));
                int after = h.oldStart() + h.removed().size();
                int nextStart = i + 1 < hunks.size() ? hunks.get(i + 1).oldStart() : old.length;
                int to = Math.min(Math.min(old.length, after + context), nextStart);
                for (int k = after; k < to; k++) {
                    sb.append(' ').append(old[k]).append('\n');
                }
                shownUpTo = to;
            }
            return sb.toString();
        }
    }

    private LineDiff() {
    }

    /** Splits into lines the way the diff does (a final newline does not make an extra empty line). */
    public static String[] lines(String text) {
        if (text.isEmpty()) {
            return new String[0];
        }
        String[] parts = text.split("\n", -1);
        return text.endsWith("\n") ? Arrays.copyOf(parts, parts.length - 1) : parts;
    }

    public static Result diff(String oldText, String newText) {
        String[] a = lines(oldText);
        String[] b = lines(newText);
        // a text without final newline differs in its last line from one with it
        boolean oldEol = oldText.endsWith("\n");
        boolean newEol = newText.endsWith("\n");
        if (oldEol != newEol) {
            if (a.length > 0 && !oldEol) {
                a[a.length - 1] = a[a.length - 1] + " (no newline at end)";
            }
            if (b.length > 0 && !newEol) {
                b[b.length - 1] = b[b.length - 1] + " (no newline at end)";
            }
        }
        return diff(a, b);
    }

    public static Result diff(String[] a, String[] b) {
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int n = a.length - head - tail;
        int m = b.length - head - tail;
        List<Hunk> hunks = new ArrayList<>();
        if (n == 0 && m == 0) {
            return new Result(hunks);
        }
        boolean[] delA = new boolean[n];
        boolean[] insB = new boolean[m];
        if (!myers(a, head, n, b, head, m, delA, insB)) {
            Arrays.fill(delA, true);
            Arrays.fill(insB, true);
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && !delA[i] && !insB[j]) {
                i++;
                j++;
                continue;
            }
            int si = i;
            int sj = j;
            while (i < n && delA[i]) {
                i++;
            }
            while (j < m && insB[j]) {
                j++;
            }
            hunks.add(new Hunk(head + si, head + sj, List.of(Arrays.copyOfRange(a, head + si, head + i)),
                    List.of(Arrays.copyOfRange(b, head + sj, head + j))));
        }
        return new Result(List.copyOf(hunks));
    }

    /** Marks deleted lines of a and inserted lines of b; false when more than MAX_EDITS edits are needed. */
    private static boolean myers(String[] a, int ao, int n, String[] b, int bo, int m, boolean[] delA,
            boolean[] insB) {
        int max = Math.min(n + m, MAX_EDITS);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2)); // k in [-d-1, d+1]
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[ao + x].equals(b[bo + y])) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    backtrack(trace, n, m, d, delA, insB);
                    return true;
                }
            }
        }
        return false;
    }

    private static void backtrack(List<int[]> trace, int n, int m, int dEnd, boolean[] delA,
            boolean[] insB) {
        int x = n;
        int y = m;
        for (int d = dEnd; d > 0; d--) {
            int[] v = trace.get(d);
            int o = d + 1;
            int k = x - y;
            int prevK = k == -d || k != d && v[o + k - 1] < v[o + k + 1] ? k + 1 : k - 1;
            int prevX = v[o + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
            }
            if (x == prevX) {
                insB[prevY] = true;
            } else {
                delA[prevX] = true;
            }
            x = prevX;
            y = prevY;
        }
    }
}
