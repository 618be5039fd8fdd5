package app.quire.ui;

import java.nio.file.Path;
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
}
