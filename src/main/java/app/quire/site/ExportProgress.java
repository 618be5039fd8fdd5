package app.quire.site;

/**
 * Hears how far an export is and may stop it. Called from export worker threads: implementations must be
 * thread-safe and quick (a UI hands the numbers to its own thread).
 */
public interface ExportProgress {
    /** No progress reports, never cancelled. */
    ExportProgress NONE = new ExportProgress() {
    };

    /** The plan is made: {@code total} output files will be checked or written. */
    default void planned(int total) {
    }

    /** One more output file is done ({@code done} of {@code total}). */
    default void fileDone(int done, int total) {
    }

    /** Polled between files; true stops the export with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
