package app.quire.ui.media;

import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Blog > Media: the {@link MediaView} of the open blog in its own non-modal window, one per blog folder. */
public final class MediaWindow {
    private static Stage stage;
    private static MediaView view;

    private MediaWindow() {
    }

    /**
     * Shows (or brings forward and refreshes) the media window for the workspace's blog folder; clicking a post
     * that uses an image calls {@code openPost}.
     */
    public static MediaView show(WorkspaceModel ws, Consumer<Path> openPost) {
        Path blog = ws.blogFolder().orElse(null);
        if (stage == null) {
            view = new MediaView();
            stage = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) view.node());
            Window main = Window.getWindows().isEmpty() ? null : Window.getWindows().get(0);
            if (main != null && main.getScene() != null) {
                scene.getStylesheets().addAll(main.getScene().getStylesheets());
            }
            // Escape closes it, as it does the other windows (a filter: the focused grid would keep it)
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.setTitle("Media — " + (blog == null ? "no blog" : blog.getFileName()));
        view.setOnOpenPost(openPost);
        view.show(blog);
        stage.show();
        stage.toFront();
        return view;
    }
}
