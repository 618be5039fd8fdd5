package app.quire.ui;

import app.quire.safety.RecoveryStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions and messages the app puts to the user. The app uses {@link FxPrompter} (dialogs and file
 * choosers); tests answer with a scripted implementation.
 */
public interface Prompter {

    /** The answer to "save changes before closing?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    SaveChoice askSaveChanges(String documentName);

    /** True to overwrite a file that changed on disk since it was opened. */
    boolean askOverwrite(Path file);

    Optional<Path> chooseFileToOpen(Path initialFolder);

    Optional<Path> chooseFolderToOpen(Path initialFolder);

    /** Where to save a post; {@code suggestedName} is a file name in {@code initialFolder} (which may be null). */
    Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName);

    Optional<Integer> askLineNumber(int current, int max);

    /** Tells the user something went wrong: a plain sentence, with the cause behind "Show details". */
    void showError(String message, Throwable details);

    void showInfo(String title, String message);

    /** What to do with one post's text recovered after a crash. */
    enum RecoveryChoice { RESTORE, DISCARD, LATER }

    /**
     * After a crash: which recovered posts to restore (as unsaved changes) and which to discard. Posts missing
     * from the answer are kept for the next start. The default (no dialog) keeps everything.
     */
    default Map<String, RecoveryChoice> askRecovery(List<RecoveryStore.Recoverable> recoverable) {
        Map<String, RecoveryChoice> out = new LinkedHashMap<>();
        recoverable.forEach(r -> out.put(r.docId(), RecoveryChoice.LATER));
        return out;
    }

    /** The answer when a post with unsaved changes was changed by another program. */
    enum ExternalChoice { KEEP_MINE, TAKE_THEIRS, SAVE_AS }

    /** Asks what to do; {@code diff} is a unified diff from the editor's text to the file's new text. */
    default ExternalChoice askExternalChange(String documentName, String diff) {
        return ExternalChoice.KEEP_MINE;
    }
}
