package app.quire.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Prompter} with JavaFX dialogs owned by the main window. */
public final class FxPrompter implements Prompter {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);

    private final Window owner;

    public FxPrompter(Window owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Save changes?",
                "\"" + documentName + "\" has unsaved changes. Save them before closing?");
        a.getButtonTypes().setAll(SAVE, DONT_SAVE, ButtonType.CANCEL);
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == SAVE ? SaveChoice.SAVE : b == DONT_SAVE ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean askOverwrite(Path file) {
        Alert a = alert(Alert.AlertType.WARNING, "File changed on disk",
                file.getFileName() + " was changed by another program since you opened it. "
                        + "Overwrite it with your version, or cancel and keep the file on disk as it is?");
        a.getButtonTypes().setAll(OVERWRITE, ButtonType.CANCEL);
        return a.showAndWait().orElse(ButtonType.CANCEL) == OVERWRITE;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open Post");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        setInitial(fc, initialFolder);
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseFolderToOpen(Path initialFolder) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open Blog Folder");
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            dc.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(dc.showDialog(owner)).map(f -> f.toPath());
    }

    @Override
    public Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save Post");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown"));
        setInitial(fc, initialFolder);
        fc.setInitialFileName(suggestedName);
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(f -> f.toPath());
    }

    private static void setInitial(FileChooser fc, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
    }

    @Override
    public Optional<Integer> askLineNumber(int current, int max) {
        TextInputDialog d = new TextInputDialog(Integer.toString(current));
        d.initOwner(owner);
        d.setTitle("Go to Line");
        d.setHeaderText(null);
        d.setContentText("Line (1-" + max + "):");
        return d.showAndWait().flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void showError(String message, Throwable details) {
        Alert a = alert(Alert.AlertType.ERROR, "Something went wrong", message);
        if (details != null) {
            TextArea text = new TextArea(StackTraces.format(details));
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(14);
            a.getDialogPane().setExpandableContent(new VBox(new Label("Details:"), text));
        }
        a.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        if (owner != null && owner.getScene() != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(null);
        a.setContentText(message);
        a.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return a;
    }

    @Override
    public java.util.Map<String, RecoveryChoice> askRecovery(
            java.util.List<app.quire.safety.RecoveryStore.Recoverable> recoverable) {
        return new app.quire.ui.recovery.RecoveryDialog(recoverable).showAndWait(owner);
    }

    @Override
    public ExternalChoice askExternalChange(String documentName, String diff) {
        ButtonType keep = new ButtonType("Keep Mine", ButtonBar.ButtonData.NO);
        ButtonType theirs = new ButtonType("Take Theirs", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save Mine As…", ButtonBar.ButtonData.OTHER);
        Alert a = alert(Alert.AlertType.WARNING, "Changed by another program",
                "\"" + documentName + "\" was changed on disk by another program, and you have unsaved changes. "
                        + "Keep your text (saving replaces theirs), take their version (your changes are dropped), "
                        + "or save your text as a new file?");
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(diff);
        area.setEditable(false);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefRowCount(16);
        a.getDialogPane().setExpandableContent(area);
        a.getDialogPane().setExpanded(true);
        a.getButtonTypes().setAll(keep, theirs, saveAs);
        ButtonType b = a.showAndWait().orElse(keep);
        return b == theirs ? ExternalChoice.TAKE_THEIRS : b == saveAs ? ExternalChoice.SAVE_AS
                : ExternalChoice.KEEP_MINE;
    }
}
