package app.quire.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/** A small inline "go to line" field above the text (Ctrl+L); Enter jumps, Escape closes. */
public final class GoToLineBar extends HBox {
    private final MarkdownEditor editor;
    private final TextField field = new TextField();
    private final Label hint = new Label();

    GoToLineBar(MarkdownEditor editor) {
        super(6);
        this.editor = editor;
        getStyleClass().add("goto-bar");
        field.setId("goto-field");
        field.setPrefColumnCount(8);
        hint.getStyleClass().add("goto-hint");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new Label("Go to line"), field, hint);
        setVisible(false);
        setManaged(false);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                go();
                e.consume();
            }
        });
    }

    void open() {
        int lines = editor.area().getParagraphs().size();
        hint.setText("1 to " + lines);
        field.setText(Integer.toString(editor.caretLineProperty().get() + 1));
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    void close(boolean focusText) {
        setVisible(false);
        setManaged(false);
        if (focusText) {
            editor.area().requestFocus();
        }
    }

    public TextField field() {
        return field;
    }

    private void go() {
        int lines = editor.area().getParagraphs().size();
        try {
            int line = Integer.parseInt(field.getText().strip());
            if (line < 1 || line > lines) {
                hint.setText("Enter a number from 1 to " + lines);
                return;
            }
            close(true);
            editor.goToLine(line - 1);
        } catch (NumberFormatException e) {
            hint.setText("Enter a number from 1 to " + lines);
        }
    }
}
