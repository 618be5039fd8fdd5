package app.quire.ui.media;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Asks for an image's alt text, pre-filled; answers empty when the writer cancels (nothing is inserted then). */
@FunctionalInterface
public interface AltTextPrompt {
    void ask(Window owner, String fileName, String suggestion, Consumer<Optional<String>> answer);

    /** A small window-modal dialog shown without blocking the caller (the editor keeps running). */
    static AltTextPrompt dialog() {
        return (owner, fileName, suggestion, answer) -> {
            TextInputDialog d = new TextInputDialog(suggestion);
            d.setTitle("Image description");
            d.setHeaderText("Alt text for " + fileName + " (read aloud and shown when the image cannot load)");
            d.setContentText("Alt text:");
            d.getEditor().setId("image-alt-text");
            d.getEditor().setPrefColumnCount(36);
            if (owner != null) {
                d.initOwner(owner);
                d.initModality(Modality.WINDOW_MODAL);
            }
            d.setOnHidden(e -> answer.accept(d.getResult() == null ? Optional.empty()
                    : Optional.of(d.getResult().strip())));
            d.show();
        };
    }
}
