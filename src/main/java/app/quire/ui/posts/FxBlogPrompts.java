package app.quire.ui.posts;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;

/** {@link BlogPrompts} as JavaFX dialogs owned by the main window. */
public final class FxBlogPrompts implements BlogPrompts {
    private final Supplier<Window> owner;

    public FxBlogPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    /**
     * The question above a full-width field: beside it (as TextInputDialog puts it) a long question squeezed the
     * field until a file name no longer showed.
     */
    @Override
    public Optional<String> askText(String title, String question, String initial) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        Label label = new Label(question);
        label.setWrapText(true);
        TextField field = new TextField(initial);
        field.setId("blog-prompt-field");
        field.setPrefColumnCount(32);
        label.setLabelFor(field);
        double em = Font.getDefault().getSize();
        VBox content = new VBox(em * 0.5, label, field);
        content.setPrefWidth(em * 30);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        d.setOnShown(e -> {
            field.requestFocus();
            field.selectAll();
        });
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(null);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        return a.showAndWait().filter(yes::equals).isPresent();
    }
}
