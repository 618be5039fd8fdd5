package app.quire.ui.frontmatter;

import app.quire.ui.media.ClipboardImages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A hero image: thumbnail (loaded in the background), path field, "Choose..." button and file drop. A chosen or
 * dropped file is brought into the site by {@link HeroImages#importInto} and its site path is set.
 */
final class ImageField {
    private static final System.Logger LOG = System.getLogger(ImageField.class.getName());
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private final HBox box = new HBox();
    private final ImageView thumb = new ImageView();
    private final TextField path = new TextField();
    private final Button choose = new Button("Choose\u2026");
    private final Supplier<Path> siteRoot;
    private final Supplier<Path> postFolder;
    private Consumer<String> onChange = p -> { };
    private Consumer<String> onError = m -> { };
    private Function<Window, Optional<Path>> chooser = ImageField::showChooser;
    private boolean showing;
    private String shownImage = "";

    ImageField(Supplier<Path> siteRoot, Supplier<Path> postFolder) {
        this.siteRoot = siteRoot;
        this.postFolder = postFolder;
        box.getStyleClass().add("fm-image");
        path.setId("fm-hero-path");
        choose.setId("fm-hero-choose");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        path.setPromptText("/assets/images/posts/...");
        HBox.setHgrow(path, Priority.ALWAYS);
        double em = Font.getDefault().getSize();
        thumb.setFitHeight(em * 2.2);
        thumb.setFitWidth(em * 3.6);
        thumb.setPreserveRatio(true);
        thumb.getStyleClass().add("fm-thumb");
        Label frame = new Label(null, thumb);
        frame.getStyleClass().add("fm-thumb-frame");
        frame.setMinWidth(em * 3.8);
        choose.setTooltip(new Tooltip("Choose an image file; files outside the site are copied into "
                + HeroImages.POSTS_IMAGE_FOLDER));
        box.getChildren().addAll(frame, path, choose);
        path.textProperty().addListener((o, a, text) -> {
            loadThumb(text);
            if (!showing) {
                onChange.accept(text);
            }
        });
        choose.setOnAction(e -> chooser.apply(box.getScene() == null ? null : box.getScene().getWindow())
                .ifPresent(this::useFile));
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> HeroImages.isImage(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        path.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && pasteImage()) {
                e.consume();
            }
        });
        box.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            Optional<File> image = files.stream().filter(f -> HeroImages.isImage(f.toPath())).findFirst();
            image.ifPresent(f -> useFile(f.toPath()));
            e.setDropCompleted(image.isPresent());
            e.consume();
        });
    }

    /**
     * Pastes an image onto the hero field: copied image files are used as if chosen, a bitmap is written to a
     * temporary PNG and imported like a file. False when the clipboard holds no image (text pastes as usual).
     */
    boolean pasteImage() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasFiles()) {
            Optional<File> image = cb.getFiles().stream().filter(f -> HeroImages.isImage(f.toPath())).findFirst();
            image.ifPresent(f -> useFile(f.toPath()));
            return image.isPresent();
        }
        if (!cb.hasImage() || cb.getImage() == null) {
            return false;
        }
        Path dir = null;
        try {
            byte[] png = ClipboardImages.pixels(cb.getImage()).png();
            dir = Files.createTempDirectory("quire-paste");
            Path file = Files.write(dir.resolve("pasted-image.png"), png);
            useFile(file);
            Files.delete(file);
        } catch (IOException e) {
            onError.accept("The pasted image could not be used: " + e.getMessage());
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "temporary paste folder left: " + dir, e);
                }
            }
        }
        return true;
    }

    HBox node() {
        return box;
    }

    TextField path() {
        return path;
    }

    /**
     * Shows where a chosen image will go for this post's blog (Jekyll {@code /assets/images/posts/...}, Hugo
     * {@code /images/...} or beside a bundle's {@code index.md}, the blog's own image settings if it has some).
     * Reads the site's config: call it when the post or its blog changes, not on every keystroke.
     */
    void updatePlaces(Path postFile) {
        String place = "/" + HeroImages.POSTS_IMAGE_FOLDER;
        try {
            app.quire.media.ImageTarget target = app.quire.media.ImageTarget.of(siteRoot.get(), postFile);
            String folder = app.quire.media.ImageSettings.forTarget(target).folder();
            if (target.shape() == app.quire.site.SiteShape.HUGO && folder.startsWith("/static/")) {
                folder = folder.substring("/static".length()); // Hugo serves static/ at the site root
            }
            place = folder;
        } catch (java.io.IOException | RuntimeException e) {
            // no blog or no saved post: the Jekyll place, as before
        }
        boolean beside = place.equals(".") || place.isEmpty();
        path.setPromptText(beside ? "an image beside the post" : place.replaceAll("/+$", "") + "/...");
        choose.getTooltip().setText("Choose an image file; files outside the site are copied "
                + (beside ? "beside the post" : "into " + place.replaceAll("^/+|/+$", "")));
    }

    void setOnChange(Consumer<String> onChange) {
        this.onChange = onChange;
    }

    void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    void setChooser(Function<Window, Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    void show(String value) {
        loadThumb(value);
        if (!path.getText().equals(value)) {
            showing = true;
            try {
                path.setText(value);
            } finally {
                showing = false;
            }
        }
    }

    /** Uses a chosen or dropped file: its site path, copying it into the site first when it is outside. */
    void useFile(Path file) {
        Path root = siteRoot.get();
        if (root == null) {
            onError.accept("Open the post's blog folder to add images to it.");
            return;
        }
        try {
            path.setText(HeroImages.importInto(root, postFolder.get(), file));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not copy image " + file, e);
            onError.accept("The image could not be copied into the site: " + e.getMessage());
        }
    }

    private void loadThumb(String text) {
        Optional<Path> file = HeroImages.resolve(text, siteRoot.get(), postFolder.get());
        String key = file.map(Path::toString).orElse("");
        if (key.equals(shownImage)) {
            return;
        }
        shownImage = key;
        if (file.isPresent() && file.get().toFile().isFile()) {
            double em = Font.getDefault().getSize();
            thumb.setImage(new Image(file.get().toUri().toString(), em * 7.2, em * 4.4, true, true, true));
        } else {
            thumb.setImage(null);
        }
    }

    ImageView thumbnail() {
        return thumb;
    }

    private static Optional<Path> showChooser(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Choose a hero image");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.svg", "*.avif"));
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
