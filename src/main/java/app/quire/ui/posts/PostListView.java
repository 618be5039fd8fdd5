package app.quire.ui.posts;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * The blog's posts, newest first, title above date. A click or Enter opens the post. Scans off the FX thread.
 */
public final class PostListView {
    private static final System.Logger LOG = System.getLogger(PostListView.class.getName());

    private final ListView<PostEntry> list = new ListView<>();
    private final Label header = new Label("POSTS");
    private final VBox root = new VBox(header, list);
    private final Executor background;
    private final Supplier<Path> folder;
    private Consumer<Path> onOpen = p -> { };
    private long generation;

    public PostListView(Executor background, Supplier<Path> folder) {
        this.background = background;
        this.folder = folder;
        root.getStyleClass().add("post-list");
        header.getStyleClass().add("post-list-header");
        list.setId("post-list");
        list.setPlaceholder(new Label("No posts. Open a blog folder with Ctrl+Shift+O."));
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        list.setCellFactory(v -> new PostCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    public ListView<PostEntry> listView() {
        return list;
    }

    public void setOnOpen(Consumer<Path> onOpen) {
        this.onOpen = onOpen;
    }

    private void openSelected() {
        PostEntry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            onOpen.accept(e.path());
        }
    }

    /** Rescans the current blog folder in the background and shows the result. */
    public void refresh() {
        Path dir = folder.get();
        long gen = ++generation;
        if (dir == null) {
            list.getItems().clear();
            header.setText("POSTS");
            return;
        }
        header.setText(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString().toUpperCase(java.util.Locale.ROOT));
        background.execute(() -> {
            List<PostEntry> entries;
            try {
                entries = PostScanner.scan(dir);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not list the posts of " + dir, e);
                entries = List.of();
            }
            List<PostEntry> result = entries;
            Platform.runLater(() -> {
                if (gen == generation) {
                    list.getItems().setAll(result);
                }
            });
        });
    }

    private static final class PostCell extends ListCell<PostEntry> {
        private final Label title = new Label();
        private final Label date = new Label();
        private final VBox box = new VBox(title, date);

        PostCell() {
            // Width 0 keeps the list from growing sideways: long titles wrap instead of adding a scroll bar.
            setPrefWidth(0);
            title.setWrapText(true);
            title.setMinWidth(0);
            title.getStyleClass().add("post-title");
            date.getStyleClass().add("post-date");
            box.getStyleClass().add("post-cell");
        }

        @Override
        protected void updateItem(PostEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
            } else {
                title.setText(item.title());
                date.setText(item.date());
                setGraphic(box);
                setText(null);
            }
        }
    }
}
