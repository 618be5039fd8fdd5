package app.quire.ui.media;

import app.quire.media.MediaLibrary;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The images of a blog as thumbnails, each with the posts that use it; unused images are marked and can be shown
 * alone. A self-contained node: {@link #node()} to place it, {@link #show(Path)} to scan a blog (off the FX thread).
 */
public final class MediaView {
    private static final System.Logger LOG = System.getLogger(MediaView.class.getName());
    private static final double THUMB = 140;

    private final BorderPane root = new BorderPane();
    private final FlowPane tiles = new FlowPane(10, 10);
    private final Label summary = new Label("No blog folder");
    private final CheckBox unusedOnly = new CheckBox("Unused only");
    private Path siteRoot;
    private MediaLibrary.Index index;
    private Consumer<Path> onOpenPost = p -> { };
    private CompletableFuture<MediaLibrary.Index> scanning = CompletableFuture.completedFuture(null);

    public MediaView() {
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> refresh());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, grow, unusedOnly, refresh);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("media-toolbar");
        summary.setId("media-summary");
        unusedOnly.setId("media-unused-only");
        unusedOnly.selectedProperty().addListener((o, a, b) -> fill());
        tiles.setPadding(new Insets(8));
        tiles.setRowValignment(javafx.geometry.VPos.TOP);
        tiles.getStyleClass().add("media-tiles");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        root.setTop(bar);
        root.setCenter(scroll);
        root.getStyleClass().add("media-view");
        root.setPrefSize(760, 520);
    }

    public Node node() {
        return root;
    }

    /** Called with a post file when the writer clicks one of an image's posts. */
    public void setOnOpenPost(Consumer<Path> handler) {
        this.onOpenPost = handler;
    }

    /** Scans a blog folder and shows its images when done. */
    public CompletableFuture<MediaLibrary.Index> show(Path blog) {
        this.siteRoot = blog;
        return refresh();
    }

    public CompletableFuture<MediaLibrary.Index> refresh() {
        if (siteRoot == null) {
            return CompletableFuture.completedFuture(null);
        }
        Path blog = siteRoot;
        summary.setText("Scanning " + blog.getFileName() + "…");
        CompletableFuture<MediaLibrary.Index> result = new CompletableFuture<>();
        scanning = result;
        CompletableFuture.runAsync(() -> {
            try {
                MediaLibrary.Index found = MediaLibrary.scan(blog);
                Platform.runLater(() -> {
                    index = found;
                    fill();
                    result.complete(found);
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "media scan failed for " + blog, e);
                Platform.runLater(() -> {
                    summary.setText("Could not read " + blog + ": " + e.getMessage());
                    result.complete(null);
                });
            }
        });
        return result;
    }

    /** The last scan, or null before the first one finished. */
    public MediaLibrary.Index index() {
        return index;
    }

    /** The scan in progress or last finished (tests wait on it). */
    public CompletableFuture<MediaLibrary.Index> scanning() {
        return scanning;
    }

    private void fill() {
        if (index == null) {
            return;
        }
        List<MediaLibrary.Item> items = unusedOnly.isSelected() ? index.unused() : index.images();
        tiles.getChildren().setAll(items.stream().map(this::tile).collect(Collectors.toList()));
        summary.setText(count(index.images().size(), "image", "images") + ", " + index.unused().size() + " unused, "
                + count(index.missing().size(), "missing reference", "missing references"));
    }

    private Node tile(MediaLibrary.Item item) {
        ImageView thumb = new ImageView(new Image(item.file().toUri().toString(), THUMB, THUMB, true, true, true));
        thumb.setFitWidth(THUMB);
        thumb.setFitHeight(THUMB);
        thumb.setPreserveRatio(true);
        Label name = new Label(item.file().getFileName().toString());
        name.setMaxWidth(THUMB);
        name.setTooltip(new Tooltip(index.root().relativize(item.file()).toString().replace('\\', '/') + "\n"
                + size(item.bytes())));
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(thumb);
        frame.setMinSize(THUMB, THUMB);
        frame.setMaxSize(THUMB, THUMB);
        VBox box = new VBox(4, frame, name);
        box.setPadding(new Insets(6));
        box.setPrefWidth(THUMB + 12);
        box.getStyleClass().add("media-tile");
        if (item.unused()) {
            Label unused = new Label("unused");
            unused.getStyleClass().add("media-unused");
            unused.setStyle("-fx-text-fill: #b35900; -fx-font-weight: bold;");
            box.getChildren().add(unused);
            box.getStyleClass().add("unused");
        } else {
            for (Path post : item.usedBy()) {
                Hyperlink link = new Hyperlink(post.getFileName().toString());
                link.setMaxWidth(THUMB);
                link.setOnAction(e -> onOpenPost.accept(post));
                box.getChildren().add(link);
            }
        }
        box.setUserData(item);
        return box;
    }

    private static String size(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
