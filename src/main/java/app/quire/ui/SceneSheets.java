package app.quire.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The views' own stylesheets, put once on the main window's scene instead of on each view's root
 * (decision 0166). JavaFX matches CSS selectors again for every distinct set of parent stylesheets, so three
 * views with their own sheets meant matching the big theme four times over for the same kinds of controls.
 * A view still adds its sheet to its own root when it lands in a scene without it (a test, a dialog).
 */
public final class SceneSheets {
    /** After {@code quire.css}, in the order the views' roots used to add them. */
    public static final List<String> VIEWS = List.of(
            url("posts/sidebar.css"), url("frontmatter/front-matter-form.css"),
            url("editor/markdown-editor.css"), url("editor/markdown-editor-dark.css"));

    private SceneSheets() {
    }

    private static String url(String path) {
        return Objects.requireNonNull(SceneSheets.class.getResource(path), path).toExternalForm();
    }

    /** Adds {@code urls} to {@code root}'s own stylesheets once it is in a scene that does not have them all. */
    public static void addUnlessInScene(Parent root, List<String> urls) {
        if (root.getScene() != null) {
            addIfMissing(root, root.getScene(), urls);
            return;
        }
        root.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene now) {
                if (now != null) {
                    o.removeListener(this);
                    addIfMissing(root, now, urls);
                }
            }
        });
    }

    private static void addIfMissing(Parent root, Scene scene, List<String> urls) {
        if (!scene.getStylesheets().containsAll(urls) && !root.getStylesheets().containsAll(urls)) {
            root.getStylesheets().addAll(urls);
        }
    }
}
