package app.quire.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the window looked like at exit, to be restored at the next start. Plain values only (no JavaFX types).
 *
 * @param tabs open posts in tab order
 * @param currentTab index into {@code tabs}, or -1 when none is open
 * @param window window bounds; empty when unknown (let the UI choose)
 * @param splitDivider editor/preview divider position, 0..1
 * @param viewMode the UI's view mode name (e.g. "SPLIT", "EDITOR", "PREVIEW"); stored as given
 */
public record Session(List<Tab> tabs, int currentTab, Optional<Bounds> window, boolean maximized,
        double splitDivider, String viewMode) {

    public Session {
        tabs = List.copyOf(tabs);
    }

    /** One open post: its file, caret offset, and scroll positions of editor and preview (pixels or lines). */
    public record Tab(Path file, int caret, double editorScroll, double previewScroll) {
    }

    public record Bounds(double x, double y, double width, double height) {
    }

    /** No tabs, default layout. */
    public static Session empty() {
        return new Session(List.of(), -1, Optional.empty(), false, 0.5, "SPLIT");
    }
}
