package app.quire.ui.frontmatter;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/** A drop-down of known values under a text field, filtered by what is typed (prefix matches first). */
final class Suggestions {
    private static final int MAX_SHOWN = 8;

    private Suggestions() {
    }

    /** Attaches suggestions; {@code accept} gets the value picked (Enter on the field is left to the caller). */
    static ContextMenu attach(TextField field, Supplier<List<String>> values, Consumer<String> accept) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("fm-suggestions");
        field.textProperty().addListener((obs, old, text) -> {
            if (!field.isFocused() || text == null || text.isBlank()) {
                menu.hide();
                return;
            }
            List<String> matches = matches(values.get(), text);
            if (matches.isEmpty() || matches.size() == 1 && matches.get(0).equals(text)) {
                menu.hide();
                return;
            }
            menu.getItems().setAll(matches.stream().map(m -> {
                MenuItem item = new MenuItem(m);
                item.setOnAction(e -> accept.accept(m));
                return item;
            }).collect(Collectors.toList()));
            if (!menu.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
                menu.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                menu.hide();
            }
        });
        return menu;
    }

    /** Known values containing the typed text, those starting with it first. */
    static List<String> matches(List<String> values, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        List<String> starts = values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(t))
                .collect(Collectors.toList());
        values.stream().filter(v -> !v.toLowerCase(Locale.ROOT).startsWith(t) && v.toLowerCase(Locale.ROOT).contains(t))
                .forEach(starts::add);
        return starts.stream().limit(MAX_SHOWN).collect(Collectors.toList());
    }
}
