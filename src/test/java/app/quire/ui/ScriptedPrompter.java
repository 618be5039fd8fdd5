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

    RecoveryChoice recoveryChoice = RecoveryChoice.LATER;
    final List<java.util.List<app.quire.safety.RecoveryStore.Recoverable>> recoveryAsked = new ArrayList<>();
    ExternalChoice externalChoice = ExternalChoice.KEEP_MINE;
    final List<String> externalDiffs = new ArrayList<>();

    @Override
    public java.util.Map<String, RecoveryChoice> askRecovery(
            java.util.List<app.quire.safety.RecoveryStore.Recoverable> recoverable) {
        asked.add("recovery:" + recoverable.size());
        recoveryAsked.add(recoverable);
        java.util.Map<String, RecoveryChoice> out = new java.util.LinkedHashMap<>();
        recoverable.forEach(r -> out.put(r.docId(), recoveryChoice));
        return out;
    }

    @Override
    public ExternalChoice askExternalChange(String documentName, String diff) {
        asked.add("external:" + documentName);
        externalDiffs.add(diff);
        return externalChoice;
    }
}
