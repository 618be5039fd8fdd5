package app.quire.markdown;

import app.quire.safety.LineDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * Which line of the post as written each line of the text the preview renders came from, when the two differ
 * (a post's Liquid rendered first: an {@code if} that drops lines, a {@code for} that repeats them). Lines both
 * texts share are matched by a line diff; a line the rendering made is given the written line it replaced, or
 * the one before it. The preview's blocks are then numbered in the editor's lines, for the caret mark and
 * scroll sync. Lines map in order: a later shown line never maps to an earlier written one.
 */
public final class ShownLines {
    /** written[i] = the written line of shown line i. */
    private final int[] written;

    private ShownLines(int[] written) {
        this.written = written;
    }

    /**
     * The map from {@code shown}, made from {@code written}, back to it. Lines that occur once in each text and
     * are not blank anchor the two in order (a patience diff), so that blank lines do not pair up across the
     * text; the stretches between anchors are lined up one to one when they are as long (Liquid kept the lines:
     * the usual case), else by a line diff.
     */
    public static ShownLines between(String written, String shown) {
        String[] a = LineDiff.lines(written);
        String[] b = LineDiff.lines(shown);
        int[] map = new int[b.length];
        int[][] anchors = anchors(a, b);
        int ai = 0;
        int bj = 0;
        for (int[] anchor : anchors) {
            mapStretch(a, ai, anchor[0], b, bj, anchor[1], map);
            map[anchor[1]] = anchor[0];
            ai = anchor[0] + 1;
            bj = anchor[1] + 1;
        }
        mapStretch(a, ai, a.length, b, bj, b.length, map);
        return new ShownLines(map);
    }

    /** Maps shown lines [b0, b1) to written lines [a0, a1). */
    private static void mapStretch(String[] a, int a0, int a1, String[] b, int b0, int b1, int[] map) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (m == 0) {
            return;
        }
        if (n == m || n == 0) {
            for (int k = 0; k < m; k++) {
                map[b0 + k] = n == 0 ? Math.max(0, a0 - 1) : a0 + k;
            }
            return;
        }
        String[] sa = java.util.Arrays.copyOfRange(a, a0, a1);
        String[] sb = java.util.Arrays.copyOfRange(b, b0, b1);
        int i = 0;
        int j = 0;
        for (LineDiff.Hunk h : LineDiff.diff(sa, sb).hunks()) {
            while (j < h.newStart()) {
                map[b0 + j++] = a0 + i++;
            }
            int r = h.removed().size();
            for (int k = 0; k < h.added().size(); k++) {
                map[b0 + j++] = r == 0 ? Math.max(0, a0 + h.oldStart() - 1) : a0 + h.oldStart() + Math.min(k, r - 1);
            }
            i = h.oldStart() + r;
        }
        while (j < m) {
            map[b0 + j++] = a0 + Math.min(i++, n - 1);
        }
    }

    /** Pairs (written, shown) of non-blank lines found once in each text, the longest chain in order of both. */
    private static int[][] anchors(String[] a, String[] b) {
        java.util.Map<String, int[]> seen = new java.util.HashMap<>(); // line -> {count in a, index in a, count in b, index in b}
        for (int i = 0; i < a.length; i++) {
            if (!a[i].isBlank()) {
                int[] c = seen.computeIfAbsent(a[i], k -> new int[4]);
                c[0]++;
                c[1] = i;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < b.length; j++) {
            int[] c = seen.get(b[j]);
            if (c != null) {
                c[2]++;
                c[3] = j;
            }
        }
        for (int j = 0; j < b.length; j++) {
            int[] c = seen.get(b[j]);
            if (c != null && c[0] == 1 && c[2] == 1) {
                pairs.add(new int[] {c[1], j});
            }
        }
        return longestIncreasing(pairs);
    }

    /** The longest run of pairs (already in shown order) whose written lines increase too (patience sorting). */
    private static int[][] longestIncreasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int p = 0; p < n; p++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[0] < pairs.get(p)[0]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[p] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = p;
            length = Math.max(length, lo + 1);
        }
        int[][] chain = new int[length][];
        for (int k = length - 1, p = length == 0 ? -1 : tails[length - 1]; k >= 0; k--, p = previous[p]) {
            chain[k] = pairs.get(p);
        }
        return chain;
    }

    /** The written line of a shown line (0-based); past the end, the last line plus the distance. */
    public int writtenLine(int shownLine) {
        if (shownLine < 0) {
            return shownLine;
        }
        if (shownLine < written.length) {
            return written[shownLine];
        }
        int next = written.length == 0 ? 0 : written[written.length - 1] + 1;
        return next + shownLine - written.length;
    }

    /** The blocks with their line ranges (record and HTML attributes) in written lines. */
    public List<PreviewBlock> renumber(List<PreviewBlock> blocks) {
        List<PreviewBlock> out = new ArrayList<>(blocks.size());
        for (PreviewBlock b : blocks) {
            out.add(b.relined(writtenLine(b.startLine()), writtenLine(b.endLine())));
        }
        return out;
    }
}
