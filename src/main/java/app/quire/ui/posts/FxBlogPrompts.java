package app.quire.ui.posts;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** {@link BlogPrompts} as JavaFX dialogs owned by the main window. */
public final class FxBlogPrompts implements BlogPrompts {
    private final Supplier<Window> owner;

    public FxBlogPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(question);
        d.getEditor().setPrefColumnCount(28);
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
