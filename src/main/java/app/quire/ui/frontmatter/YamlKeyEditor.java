package app.quire.ui.frontmatter;

import app.quire.post.FrontMatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One key's YAML lines (a map, a list of maps, a block text) in a small text editor. "Apply" checks that the
 * front matter with these lines still parses and still has the same keys before writing; nothing else changes.
 */
final class YamlKeyEditor {
    private final VBox box = new VBox();
    private final TextArea text = new TextArea();
    private final Label error = new Label();
    private final Button apply = new Button("Apply");
    private final String key;
    private FrontMatter shown;
    private Consumer<FrontMatter> onApply = f -> { };

    YamlKeyEditor(String key) {
        this.key = key;
        box.getStyleClass().add("fm-yaml");
        text.getStyleClass().add("fm-yaml-text");
        text.setId("fm-yaml-" + key);
        text.setPrefRowCount(3);
        error.getStyleClass().add("fm-problem");
        error.setWrapText(true);
        apply.setId("fm-yaml-apply-" + key);
        apply.setDisable(true);
        text.textProperty().addListener((o, a, b) -> {
            apply.setDisable(shown == null || b.equals(linesOf(shown).orElse("")));
            error.setText("");
        });
        apply.setOnAction(e -> applyEdit());
        box.getChildren().addAll(text, new HBox(apply, error));
    }

    VBox node() {
        return box;
    }

    TextArea text() {
        return text;
    }

    void setOnApply(Consumer<FrontMatter> onApply) {
        this.onApply = onApply;
    }

    /** Shows the key's current lines unless the user has unapplied edits. */
    void show(FrontMatter fm) {
        boolean dirty = shown != null && !text.getText().equals(linesOf(shown).orElse(""));
        shown = fm;
        String lines = linesOf(fm).orElse("");
        if (!dirty) {
            text.setText(lines);
        }
        text.setPrefRowCount(Math.max(2, Math.min(8, (int) lines.lines().count())));
        apply.setDisable(text.getText().equals(lines));
    }

    private Optional<String> linesOf(FrontMatter fm) {
        return fm.lineRange(key).map(r -> String.join("", FrontMatterBlocks.innerLines(fm).subList(r[0], r[1] + 1)));
    }

    private void applyEdit() {
        Optional<FrontMatter> edited = FrontMatterBlocks.replaceKeyLines(shown, key, text.getText());
        if (edited.isEmpty()) {
            error.setText(FrontMatterBlocks.whyNot(shown, key, text.getText()));
            return;
        }
        onApply.accept(edited.get());
    }
}
