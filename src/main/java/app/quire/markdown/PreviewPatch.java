package app.quire.markdown;

import java.util.List;

/**
 * The change between two previews: replace {@code removeCount} blocks starting at index {@code from}
 * with {@code inserted}. An empty patch ({@code removeCount == 0 && inserted.isEmpty()}) means nothing changed.
 */
public record PreviewPatch(int from, int removeCount, List<PreviewBlock> inserted) {
    public boolean isEmpty() {
        return removeCount == 0 && inserted.isEmpty();
    }
}
