package app.quire.ui.help;

import app.quire.ui.actions.Action;
import app.quire.ui.actions.ActionTable;
import app.quire.ui.actions.MenuName;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Keyboard Shortcuts: every command with keys, grouped by menu in two aligned columns, in a window that
 * scrolls rather than growing past the screen, and does not block typing in the main window (decision 0204).
 */
public final class ShortcutsWindow {
    static final String TITLE = "Keyboard Shortcuts";

    /** One line of the list: the menu it is in, the command and its keys as people write them. */
    public record Row(String menu, String command, String keys) {
    }

    private ShortcutsWindow() {
    }

    /**
     * The commands that have keys, in menu order. Keys the editor handles itself are named in the label
     * ("Undo (Ctrl+Z)") and listed too.
     */
    public static List<Row> rows(ActionTable actions) {
        List<Row> out = new ArrayList<>();
        for (Action a : actions.all()) {
            if (a.label() == null) {
                continue;
            }
            String label = a.label().replace("…", "").strip();
            String keys = a.keys() == null ? null : a.keys().getDisplayText();
            int paren = label.indexOf(" (");
            if (keys == null && paren > 0 && label.endsWith(")")) {
                keys = label.substring(paren + 2, label.length() - 1);
                label = label.substring(0, paren);
            }
            if (keys != null) {
                out.add(new Row(menuName(a.menu()), label, keys));
            }
        }
        return out;
    }

    private static String menuName(MenuName m) {
        return m.label().replace("_", "");
    }

    /** Shows the list (one window per owner: a second call brings it to the front). */
    public static Stage show(Window owner, ActionTable actions, boolean dark) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && TITLE.equals(s.getTitle()) && s.getOwner() == owner) {
                s.toFront();
                return s;
            }
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(TITLE);
        ScrollPane scroll = new ScrollPane(grid(rows(actions)));
        scroll.setFitToWidth(true);
        scroll.setId("shortcuts-scroll");
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setId("shortcuts-close");
        Label more = new Label("Keys inside the editor, the find bar and the post list: Help > User Guide.");
        more.setWrapText(true);
        more.setId("shortcuts-note");
        // takes the width the Close button leaves, wrapping there (a Label's max width is its pref by default)
        more.setMinWidth(0);
        more.setPrefWidth(0);
        more.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(12, more, close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(more, javafx.scene.layout.Priority.ALWAYS);
        double em = Font.getDefault().getSize();
        bottom.setPadding(new Insets(em * 0.6, em, em * 0.6, em));
        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        if (dark) {
            root.getStyleClass().add("dark");
        }
        // At most 80% of the screen's height: the list is longer than a 720-pixel screen.
        Rectangle2D screen = (owner != null ? Screen.getScreensForRectangle(owner.getX(), owner.getY(), 1, 1)
                .stream().findFirst().orElse(Screen.getPrimary()) : Screen.getPrimary()).getVisualBounds();
        double height = Math.min(em * 42, screen.getHeight() * 0.8);
        Scene scene = new Scene(root, em * 34, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static GridPane grid(List<Row> rows) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        double em = Font.getDefault().getSize();
        grid.setHgap(em * 2);
        grid.setVgap(em * 0.3);
        grid.setPadding(new Insets(em, em, em, em));
        int r = 0;
        String menu = null;
        for (Row row : rows) {
            if (!row.menu().equals(menu)) {
                menu = row.menu();
                Label heading = new Label(menu);
                heading.setStyle("-fx-font-weight: bold;");
                heading.setPadding(new Insets(r == 0 ? 0 : em * 0.6, 0, 0, 0));
                grid.add(heading, 0, r++, 2, 1);
            }
            Label command = new Label(row.command());
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-family: monospace;");
            grid.addRow(r++, command, keys);
        }
        return grid;
    }
}
