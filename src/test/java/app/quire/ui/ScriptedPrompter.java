package app.quire.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A prompter for tests: gives preset answers and records what was asked. */
final class ScriptedPrompter implements Prompter {
    SaveChoice saveChoice = SaveChoice.CANCEL;
    boolean overwrite;
    Path saveTarget;
    Path fileToOpen;
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    Path lastSaveFolder;
    String lastSuggestedName;

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        asked.add("save-changes:" + documentName);
        return saveChoice;
    }

    @Override
    public boolean askOverwrite(Path file) {
        asked.add("overwrite:" + file.getFileName());
        return overwrite;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        asked.add("open-file");
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFolderToOpen(Path initialFolder) {
        asked.add("open-folder");
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName) {
        asked.add("save-target");
        lastSaveFolder = initialFolder;
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(saveTarget);
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
        asked.add("info:" + title);
    }
}
