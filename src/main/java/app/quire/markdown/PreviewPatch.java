package app.quire.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The change between two previews: replace {@code removeCount} blocks starting at index {@code from} with
 * {@code inserted}; then every block after the replaced range keeps its HTML content but moves by
 * {@code lineDelta} lines ({@link PreviewBlock#shift}: record fields and its root's {@code data-line-start} /
 * {@code data-line-end} attributes). Unchanged blocks are never in {@code inserted}.
 * An empty patch means nothing changed.
 */
public record PreviewPatch(int from, int removeCount, List<PreviewBlock> inserted, int lineDelta) {
    public PreviewPatch {
        inserted = List.copyOf(inserted);
    }

    /** A patch that moves no following blocks. */
    public PreviewPatch(int from, int removeCount, List<PreviewBlock> inserted) {
        this(from, removeCount, inserted, 0);
    }

    public boolean isEmpty() {
        return removeCount == 0 && inserted.isEmpty() && lineDelta == 0;
    }

    /** Applies this patch to a block list (the one it was computed against) and returns the new list. */
    public List<PreviewBlock> applyTo(List<PreviewBlock> blocks) {
        List<PreviewBlock> out = new ArrayList<>(blocks.size() - removeCount + inserted.size());
        out.addAll(blocks.subList(0, from));
        out.addAll(inserted);
        for (int i = from + removeCount; i < blocks.size(); i++) {
            out.add(blocks.get(i).shift(lineDelta));
        }
        return out;
    }
}
