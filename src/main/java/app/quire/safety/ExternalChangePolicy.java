package app.quire.safety;

import java.util.Optional;

/**
 * Decides what the UI does when a watched post changed on disk. Pure: no I/O, no state.
 * Clean + modified: reload silently. Dirty + modified: ask, showing the diff of mine against theirs (unless both
 * are the same text: then just take the disk version as saved). Deleted: report, keep the text open. Moved:
 * report the new path so the UI can follow it.
 */
public final class ExternalChangePolicy {
    private ExternalChangePolicy() {
    }

    public enum Action {
        RELOAD_SILENTLY,
        ASK,
        REPORT_DELETED,
        REPORT_MOVED
    }

    /** What to do; {@code diff} (mine → theirs) is present for ASK. */
    public record Decision(Action action, Optional<LineDiff.Result> diff) {
    }

    /**
     * @param dirty whether the editor has unsaved changes
     * @param kind what happened on disk
     * @param mine the editor's text
     * @param theirs the file's new text (ignored for DELETED / MOVED; may be null there)
     */
    public static Decision decide(boolean dirty, FileWatcher.Kind kind, String mine, String theirs) {
        switch (kind) {
            case DELETED:
                return new Decision(Action.REPORT_DELETED, Optional.empty());
            case MOVED:
                return new Decision(Action.REPORT_MOVED, Optional.empty());
            case MODIFIED:
            default:
                if (!dirty || mine.equals(theirs)) {
                    return new Decision(Action.RELOAD_SILENTLY, Optional.empty());
                }
                return new Decision(Action.ASK, Optional.of(LineDiff.diff(mine, theirs)));
        }
    }
}
