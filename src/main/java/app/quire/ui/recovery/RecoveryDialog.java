package app.quire.ui.recovery;

import app.quire.post.PostFile;
import app.quire.safety.LineDiff;
import app.quire.safety.RecoveryStore;
import app.quire.ui.Prompter.RecoveryChoice;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Quire did not close properly": lists the posts whose unsaved text was recovered, each with when it was
 * autosaved, how it differs from the file on disk and a Restore / Discard / Later choice; the details area shows
 * the unified diff of the selected post. Restore All and Discard All set every row.
 */
public final class RecoveryDialog {
    private static final System.Logger LOG = System.getLogger(RecoveryDialog.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final List<RecoveryStore.Recoverable> items;
    private final Map<String, RecoveryChoice> choices = new LinkedHashMap<>();
    private final TextArea details = new TextArea();
    private final ListView<RecoveryStore.Recoverable> list = new ListView<>();
    private final BorderPane root = new BorderPane();

    public RecoveryDialog(List<RecoveryStore.Recoverable> items) {
        this.items = List.copyOf(items);
        items.forEach(r -> choices.put(r.docId(), RecoveryChoice.RESTORE));
        list.setId("recovery-list");
        details.setId("recovery-details");
        details.setEditable(false);
        details.setStyle("-fx-font-family: monospace;");
        list.getItems().setAll(this.items);
        list.setCellFactory(v -> new Row());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> details.setText(describe(r)));
        Label intro = new Label("Quire did not close properly last time. It kept the unsaved text of these posts. "
                + "Restore opens the text as an unsaved change; Discard throws it away; Later asks again next time.");
        intro.setWrapText(true);
        Button all = new Button("Restore All");
        all.setId("recovery-restore-all");
        all.setOnAction(e -> setAll(RecoveryChoice.RESTORE));
        Button none = new Button("Discard All");
        none.setId("recovery-discard-all");
        none.setOnAction(e -> setAll(RecoveryChoice.DISCARD));
        HBox bulk = new HBox(8, all, none);
        VBox top = new VBox(8, intro, bulk);
        top.setPadding(new Insets(0, 0, 8, 0));
        list.setPrefHeight(160);
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox center = new VBox(8, list, new Label("What changed (file on disk → recovered text):"), details);
        root.setTop(top);
        root.setCenter(center);
        root.setPadding(new Insets(12));
        root.setPrefSize(760, 540);
        if (!this.items.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    /** The dialog's content (for a screenshot, or to embed). */
    public Parent node() {
        return root;
    }

    /** The choices as they stand. */
    public Map<String, RecoveryChoice> choices() {
        return Map.copyOf(choices);
    }

    public void setAll(RecoveryChoice c) {
        items.forEach(r -> choices.put(r.docId(), c));
        list.refresh();
    }

    /** Shows the dialog and waits; closing it without OK keeps everything for later. */
    public Map<String, RecoveryChoice> showAndWait(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Recover unsaved text");
        d.setResizable(true);
        d.getDialogPane().setContent(root);
        ButtonType ok = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Optional<ButtonType> b = d.showAndWait();
        if (b.isPresent() && b.get() == ok) {
            return choices();
        }
        Map<String, RecoveryChoice> later = new LinkedHashMap<>();
        items.forEach(r -> later.put(r.docId(), RecoveryChoice.LATER));
        return later;
    }

    /** A readable name for a recovered post. */
    public static String nameOf(RecoveryStore.Recoverable r) {
        return r.original().map(p -> p.getFileName().toString()).orElse("Untitled post");
    }

    private static String stateOf(RecoveryStore.Recoverable r) {
        switch (r.diskState()) {
            case UNTITLED:
                return "never saved";
            case CHANGED_SINCE_OPEN:
                return "the file was also changed by another program";
            case MISSING:
                return "the file is gone";
            case UNREADABLE:
                return "the file cannot be read";
            default:
                return "file unchanged since then";
        }
    }

    /** Summary line plus the unified diff against the file on disk now. */
    static String describe(RecoveryStore.Recoverable r) {
        if (r == null) {
            return "";
        }
        String disk = "";
        if (r.original().isPresent() && r.diskState() != RecoveryStore.DiskState.MISSING) {
            try {
                disk = PostFile.open(r.original().get(), PostFile.Decoding.DETECT).text();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "cannot read {0} for the diff: {1}", r.original().get(),
                        e.getMessage());
            }
        }
        LineDiff.Result diff = LineDiff.diff(disk, r.text());
        return nameOf(r) + r.original().map(p -> "  (" + p.getParent() + ")").orElse("") + "\n"
                + "Autosaved " + TIME.format(r.savedAt()) + "; " + stateOf(r) + "; " + diff.summary() + "\n\n"
                + diff.unified(disk, 3);
    }

    /** One post: name, time and summary, and its three choices. */
    private final class Row extends ListCell<RecoveryStore.Recoverable> {
        @Override
        protected void updateItem(RecoveryStore.Recoverable r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(nameOf(r));
            name.setStyle("-fx-font-weight: bold;");
            Label info = new Label(TIME.format(r.savedAt()) + " · " + r.summary() + " · " + stateOf(r));
            VBox text = new VBox(2, name, info);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            ToggleGroup g = new ToggleGroup();
            HBox row = new HBox(10, text);
            // Fit the list's width (no horizontal scrolling); long lines are cut with an ellipsis.
            setPrefWidth(0);
            for (RecoveryChoice c : RecoveryChoice.values()) {
                RadioButton b = new RadioButton(c == RecoveryChoice.RESTORE ? "Restore"
                        : c == RecoveryChoice.DISCARD ? "Discard" : "Later");
                b.setToggleGroup(g);
                b.setSelected(choices.get(r.docId()) == c);
                b.setOnAction(e -> choices.put(r.docId(), c));
                b.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(b);
            }
            row.setStyle("-fx-alignment: center-left;");
            setText(null);
            setGraphic(row);
        }
    }
}
