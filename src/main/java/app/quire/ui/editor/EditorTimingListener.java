package app.quire.ui.editor;

/**
 * Diagnostics hook for the benchmark: where the editor spends time on highlighting. Called on the thread named
 * in each method; implementations must be cheap and thread-safe.
 */
public interface EditorTimingListener {
    /** FX thread: taking the text snapshot for one highlighting request. */
    default void snapshotTaken(long nanos, int length) {
    }

    /** Background thread: highlighting, span diff, outline and counts for one snapshot. */
    default void highlightComputed(long nanos, int length) {
    }

    /** FX thread: one {@code setStyleSpans} call over {@code chars} characters. */
    default void spansApplied(long nanos, int chars) {
    }
}
