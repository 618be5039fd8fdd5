package app.quire.ui.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A list of short values as chips ({@code [aws x][serverless x]}) with an input that adds a value on Enter or
 * comma, suggesting known values. Reports every user change as the whole new list.
 */
final class ChipsField {
    private final FlowPane pane = new FlowPane();
    private final TextField input = new TextField();
    private final String name;
    private List<String> values = List.of();
    private Consumer<List<String>> onChange = v -> { };

    ChipsField(String name, Supplier<List<String>> known) {
        this.name = name;
        pane.getStyleClass().add("fm-chips");
        setWrapEm(24);
        input.getStyleClass().add("fm-chip-input");
        input.setPromptText("+ " + name);
        input.setPrefColumnCount(7);
        input.setId("fm-" + name + "-input");
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addTyped(false);
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !values.isEmpty()) {
                remove(values.get(values.size() - 1));
                e.consume();
            }
        });
        input.textProperty().addListener((obs, old, text) -> {
            if (text.contains(",")) {
                addTyped(true);
            }
        });
        Suggestions.attach(input, () -> known.get().stream().filter(k -> !values.contains(k)).toList(), v -> {
            input.setText(v);
            addTyped(false);
        });
        rebuild();
    }

    /** Chips wrap after about this many em (FlowPane's wrap length is not styleable from CSS). */
    void setWrapEm(double em) {
        pane.setPrefWrapLength(em * javafx.scene.text.Font.getDefault().getSize());
    }

    FlowPane node() {
        return pane;
    }

    TextField input() {
        return input;
    }

    void setOnChange(Consumer<List<String>> onChange) {
        this.onChange = onChange;
    }

    List<String> values() {
        return values;
    }

    /** Shows values without reporting a change. */
    void show(List<String> newValues) {
        if (!newValues.equals(values)) {
            values = List.copyOf(newValues);
            rebuild();
        }
    }

    /** Adds what was typed; {@code later}: clear the input after the current text event (comma typed). */
    private void addTyped(boolean later) {
        String text = input.getText().replace(",", " ").strip();
        if (later) {
            javafx.application.Platform.runLater(input::clear);
        } else {
            input.clear();
        }
        if (text.isEmpty() || values.contains(text)) {
            return;
        }
        List<String> next = new ArrayList<>(values);
        next.add(text);
        change(next);
    }

    private void remove(String value) {
        List<String> next = new ArrayList<>(values);
        next.remove(value);
        change(next);
    }

    private void change(List<String> next) {
        values = List.copyOf(next);
        rebuild();
        onChange.accept(values);
    }

    private void rebuild() {
        boolean focused = input.isFocused();
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (String v : values) {
            Label text = new Label(v);
            Button x = new Button("\u00d7");
            x.getStyleClass().add("fm-chip-remove");
            x.setFocusTraversable(false);
            x.setAccessibleText("Remove " + name + " " + v);
            x.setOnAction(e -> remove(v));
            HBox chip = new HBox(text, x);
            chip.getStyleClass().add("fm-chip");
            nodes.add(chip);
        }
        nodes.add(input);
        pane.getChildren().setAll(nodes);
        if (focused) {
            input.requestFocus();
        }
    }
}
