package app.quire.ui.editor;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * The outline of the open post: its headings, indented by level. Clicking (or Enter on) a heading moves the
 * editor there; the selection follows the caret.
 */
public final class OutlinePane extends BorderPane {
    private final MarkdownEditor editor;
    private final ListView<Heading> list;
    private boolean following;

    public OutlinePane(MarkdownEditor editor) {
        this.editor = editor;
        this.list = new ListView<>(editor.outline());
        getStyleClass().add("outline-pane");
        list.setPlaceholder(new javafx.scene.control.Label("No headings"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Heading item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setStyle(null);
                } else {
                    setText(item.text().isEmpty() ? "(empty heading)" : item.text());
                    setStyle("-fx-padding: 0.2em 0.4em 0.2em " + (0.4 + (item.level() - 1) * 1.0) + "em;");
                }
            }
        });
        list.setOnMouseClicked(e -> navigate());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                navigate();
            }
        });
        editor.caretLineProperty().addListener((obs, old, now) -> follow(now.intValue()));
        editor.outline().addListener((javafx.collections.ListChangeListener<Heading>) c ->
                follow(editor.caretLineProperty().get()));
        setCenter(list);
    }

    public ListView<Heading> listView() {
        return list;
    }

    private void navigate() {
        Heading heading = list.getSelectionModel().getSelectedItem();
        if (heading != null && !following) {
            editor.goToLine(heading.line());
            editor.area().requestFocus();
        }
    }

    /** Selects the last heading at or above the caret line. */
    private void follow(int caretLine) {
        int index = -1;
        for (int i = 0; i < editor.outline().size(); i++) {
            if (editor.outline().get(i).line() <= caretLine) {
                index = i;
            } else {
                break;
            }
        }
        following = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 2));
            }
        } finally {
            following = false;
        }
    }
}
