package app.quire.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The non-modal Export Site window (one per blog at a time): editing goes on while the export runs. Closing
 * it while an export runs cancels the export. Escape cancels a running export, or closes the window when none
 * runs (as in other dialogs).
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportPane pane;
    private final Path blog;

    public ExportDialog(Window owner, Path blog, Executor background, ExportFolders folders,
            BiConsumer<Path, Integer> openProblem, SitePreview sites, BiConsumer<String, Consumer<String>> openAddress) {
        this.blog = blog;
        pane = new ExportPane(blog, background, folders);
        pane.setOnOpenProblem(openProblem);
        pane.setSitePreview(sites);
        pane.setOnOpenAddress(openAddress);
        pane.setChooser(initial -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Export the site into…");
            Path start = initial;
            while (start != null && !start.toFile().isDirectory()) {
                start = start.getParent();
            }
            if (start != null) {
                c.setInitialDirectory(start.toFile());
            }
            return Optional.ofNullable(c.showDialog(stage)).map(f -> f.toPath());
        });
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle("Export Site — " + (blog.getFileName() == null ? blog : blog.getFileName()));
        Scene scene = new Scene((javafx.scene.Parent) pane.node(), 720, 460);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(
                    "dark"::equals));
        }
        stage.setScene(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (pane.runningProperty().get()) {
                    pane.cancel();
                } else {
                    stage.hide();
                }
                e.consume();
            }
        });
        stage.setOnHidden(e -> pane.cancel());
    }

    public Path blog() {
        return blog;
    }

    public ExportPane pane() {
        return pane;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window, or brings it to the front. */
    public void show() {
        stage.show();
        stage.toFront();
    }
}
