package app.quire.ui.preview;

import app.quire.markdown.PreviewBlock;
import java.util.List;

/**
 * Maps between 0-based source lines and positions in the preview (block index + fraction of that block's
 * height), from the blocks' line ranges. Lines between blocks belong to the end of the block before them.
 */
final class LineMap {
    static final LineMap EMPTY = new LineMap(new int[0], new int[0]);

    /** A point in the preview: block index and fraction (0 = top, 1 = bottom) of its height. */
    record Position(int index, double fraction) {
    }

    private final int[] starts;
    private final int[] ends;

    private LineMap(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static LineMap of(List<PreviewBlock> blocks) {
        int[] starts = new int[blocks.size()];
        int[] ends = new int[blocks.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = blocks.get(i).startLine();
            ends[i] = Math.max(starts[i], blocks.get(i).endLine());
        }
        return new LineMap(starts, ends);
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    int size() {
        return starts.length;
    }

    /** Where the line is shown; null when there are no blocks. */
    Position locate(int line) {
        if (starts.length == 0) {
            return null;
        }
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return new Position(0, 0);
        }
        if (line > ends[found]) {
            return new Position(found, 1);
        }
        double lines = ends[found] - starts[found] + 1;
        return new Position(found, (line - starts[found]) / lines);
    }

    /** The source line shown at this point; -1 when there are no blocks. */
    int lineAt(int index, double fraction) {
        if (starts.length == 0) {
            return -1;
        }
        int i = Math.max(0, Math.min(index, starts.length - 1));
        double f = Math.max(0, Math.min(1, fraction));
        int lines = ends[i] - starts[i] + 1;
        return Math.min(ends[i], starts[i] + (int) Math.floor(f * lines));
    }
}
