package app.quire.ui.posts;

import app.quire.site.RenameRedirect;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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

    /**
     * "Keep the Old Address?": what moves where, a ticked box that adds the old address to the post's list, or
     * (TOML/JSON front matter) the box off with the reason and what to write by hand; Rename or Cancel.
     */
    @Override
    public Optional<Boolean> askKeepOldAddress(String title, RenameRedirect.Offer offer) {
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle("Keep the Old Address?");
        d.setHeaderText(null);
        double em = Font.getDefault().getSize();
        Label what = new Label("Renaming moves “" + title + "” from " + offer.oldUrl() + " to " + offer.newUrl()
                + ". Links to the old address (from other sites, search results, bookmarks) stop working unless "
                + "the post lists it" + (offer.key().equals("aliases") ? " as an alias." : " in redirect_from."));
        what.setWrapText(true);
        what.setId("keep-address-what");
        boolean offered = offer.availability() == RenameRedirect.Availability.OFFERED;
        CheckBox keep = new CheckBox("Keep " + offer.oldUrl() + " working (add it to " + offer.key() + ")");
        keep.setId("keep-address-check");
        keep.setSelected(offered);
        keep.setDisable(!offered);
        keep.setWrapText(true);
        VBox content = new VBox(em * 0.75, what, keep);
        if (!offered) {
            Label why = new Label(offer.why());
            why.setWrapText(true);
            why.setId("keep-address-why");
            why.getStyleClass().add("keep-address-why");
            content.getChildren().add(why);
        }
        content.setPrefWidth(em * 34);
        d.getDialogPane().setContent(content);
        ButtonType rename = new ButtonType("Rename", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(rename, ButtonType.CANCEL);
        d.setResultConverter(b -> b == rename ? keep.isSelected() : null);
        return d.showAndWait();
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
