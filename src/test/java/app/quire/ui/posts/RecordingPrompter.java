package app.quire.ui.posts;

import app.quire.ui.Prompter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the app's and the blog commands' questions from a script and records what was asked. */
public final class RecordingPrompter implements Prompter, BlogPrompts {
    public final Deque<String> texts = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    /** The answer to "Keep the old address?" (empty: cancel). */
    public Optional<Boolean> keepAddressAnswer = Optional.of(true);
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        asked.add("text:" + title + ":" + initial);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        asked.add("confirm:" + message);
        return confirmAnswer;
    }

    @Override
    public Optional<Boolean> askKeepOldAddress(String title, app.quire.site.RenameRedirect.Offer offer) {
        asked.add("keep-address:" + title + ":" + offer.oldUrl() + "->" + offer.newUrl() + ":" + offer.availability());
        return keepAddressAnswer;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        asked.add("save-changes:" + documentName);
        return SaveChoice.DISCARD;
    }

    @Override
    public boolean askOverwrite(Path file) {
        return false;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolderToOpen(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Integer> askLineNumber(int current, int max) {
        return Optional.empty();
    }

    @Override
    public void showError(String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }
}
