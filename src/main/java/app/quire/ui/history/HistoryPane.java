package app.quire.ui.history;

import app.quire.safety.LineDiff;
import app.quire.safety.LocalHistory;
import app.quire.ui.workspace.DocumentModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Local history of the current post in its own (non-modal) window: saved versions newest first, the diff from
 * the selected version to the editor text, and Restore, which puts the version into the editor as one undoable
 * replace (the file is not touched until the user saves). Reading versions and diffing run off the FX thread.
 */
public final class HistoryPane {
    private static final System.Logger LOG = System.getLogger(HistoryPane.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final LocalHistory history;
    private final Executor background;
    private final ListView<LocalHistory.Version> versions = new ListView<>();
    private final TextArea diff = new TextArea();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Button restore = new Button("Restore This Version");
    private final BorderPane root = new BorderPane();
    private Stage window;
    private DocumentModel doc;
    private String selectedText;

    public HistoryPane(LocalHistory history, Executor background) {
        this.history = history;
        this.background = background;
        versions.setId("history-versions");
        diff.setId("history-diff");
        restore.setId("history-restore");
        diff.setEditable(false);
        diff.setStyle("-fx-font-family: monospace;");
        versions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LocalHistory.Version item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : TIME.format(item.time()) + "   " + Math.max(1, (item.size() + 1023) / 1024) + " KB");
            }
        });
        Label none = new Label("No earlier versions yet: Quire keeps one each time you save.");
        // wraps in the narrow list instead of ending in "..."
        none.setWrapText(true);
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        none.setPadding(new Insets(0, 8, 0, 8));
        none.setId("history-none");
        versions.setPlaceholder(none);
        versions.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> showDiff(v));
        restore.setDisable(true);
        restore.setOnAction(e -> restoreSelected());
        Button close = new Button("Close");
        close.setOnAction(e -> {
            if (window != null) {
                window.hide();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, summary, grow, restore, close);
        buttons.setPadding(new Insets(8));
        SplitPane split = new SplitPane(versions, diff);
        split.setDividerPositions(0.32);
        title.setPadding(new Insets(8));
        title.setStyle("-fx-font-weight: bold;");
        root.setTop(title);
        root.setCenter(split);
        root.setBottom(buttons);
        root.setPrefSize(820, 520);
    }

    /** Shows (or brings forward) the window for this post. */
    public void show(Window owner, DocumentModel d) {
        if (window == null) {
            window = new Stage();
            if (owner != null) {
                window.initOwner(owner);
            }
            Scene scene = new Scene(root);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            // Escape closes it, as it does the other windows (Preferences, Export, the guide)
            // (a filter: the focused version list would take Escape for itself)
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    e.consume();
                    window.hide();
                }
            });
            window.setScene(scene);
        }
        showDocument(d);
        window.setTitle("History — " + d.displayName());
        window.show();
        window.toFront();
    }

    /** Lists the versions of this post (used by {@link #show}; tests call it without a window). */
    public void showDocument(DocumentModel d) {
        this.doc = d;
        title.setText("Earlier versions of " + d.displayName());
        versions.getItems().clear();
        diff.clear();
        summary.setText("");
        restore.setDisable(true);
        Path post = d.path().orElse(null);
        if (post == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> history.versions(post), background)
                .whenComplete((list, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        LOG.log(System.Logger.Level.WARNING, "Could not list the history of " + post, error);
                    } else if (doc == d) {
                        versions.getItems().setAll(list);
                        if (!list.isEmpty()) {
                            versions.getSelectionModel().selectFirst();
                        }
                    }
                }));
    }

    private void showDiff(LocalHistory.Version v) {
        selectedText = null;
        restore.setDisable(true);
        if (v == null || doc == null) {
            diff.clear();
            summary.setText("");
            return;
        }
        String current = doc.editor().text();
        CompletableFuture.supplyAsync(() -> {
            try {
                String old = history.read(v);
                LineDiff.Result r = LineDiff.diff(current, old);
                return new String[] {old, r.summary(), r.identical() ? "(same as the text in the editor)"
                        : "Restoring this version changes the editor text like this:\n\n" + r.unified(current, 3)};
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenComplete((res, error) -> Platform.runLater(() -> {
            if (versions.getSelectionModel().getSelectedItem() != v) {
                return;
            }
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "Could not read version " + v.file(), error);
                diff.setText("This version could not be read: " + error.getMessage());
                return;
            }
            selectedText = res[0];
            summary.setText(res[1]);
            diff.setText(res[2]);
            restore.setDisable(false);
        }));
    }

    /** Replaces the editor text with the selected version as one undoable edit. */
    public void restoreSelected() {
        if (doc == null || selectedText == null) {
            return;
        }
        var area = doc.editor().area();
        int caret = area.getCaretPosition();
        area.replaceText(0, area.getLength(), selectedText);
        area.moveTo(Math.min(caret, area.getLength()));
        showDiff(versions.getSelectionModel().getSelectedItem());
    }

    public ListView<LocalHistory.Version> versionsList() {
        return versions;
    }

    public TextArea diffArea() {
        return diff;
    }

    public Button restoreButton() {
        return restore;
    }

    public Parent node() {
        return root;
    }

    public List<LocalHistory.Version> shownVersions() {
        return List.copyOf(versions.getItems());
    }
}
