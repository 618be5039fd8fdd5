package app.quire.ui.media;

import app.quire.media.ImageFormat;
import app.quire.media.ImageImportException;
import app.quire.media.ImageImporter;
import app.quire.media.ImageSettings;
import app.quire.media.ImageTarget;
import app.quire.media.ImportedImage;
import app.quire.ui.editor.MarkdownEditor;
import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

/**
 * Brings images into the post being edited: paste (a bitmap or copied image files), drop (one or several files,
 * inserted where they are dropped) and Insert Image (Ctrl+Shift+I, a file chooser). Files are imported off the FX
 * thread by the {@link ImageImporter}; then the alt text is asked for (pre-filled from the file name) and the
 * Markdown is inserted as one undoable edit. Failures are reported as messages and change nothing.
 */
public final class ImageDropHandler {
    private static final System.Logger LOG = System.getLogger(ImageDropHandler.class.getName());
    private static final ExecutorService IMPORTS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quire-image-import");
        t.setDaemon(true);
        return t;
    });

    /** The post's site root (null outside a blog) and file (null while unsaved), read on the FX thread. */
    public record Where(Path siteRoot, Path postFile) {
    }

    /** One thing to import: a file, or pasted pixels with a name. */
    private record Source(Path file, ClipboardImages.Pixels pixels, String name) {
    }

    private final MarkdownEditor editor;
    private final Supplier<Where> where;
    private Executor executor = IMPORTS;
    private AltTextPrompt prompt = AltTextPrompt.dialog();
    private Consumer<String> onMessage = ImageDropHandler::alert;
    private Function<Window, List<Path>> chooser = ImageDropHandler::choose;
    private CompletableFuture<List<ImportedImage>> last = CompletableFuture.completedFuture(List.of());

    public ImageDropHandler(MarkdownEditor editor, Supplier<Where> where) {
        this.editor = editor;
        this.where = where;
    }

    /** Installs paste, drop and Insert Image on the editor. */
    public ImageDropHandler attach() {
        CodeArea area = editor.area();
        editor.setPasteInterceptor(this::pasteFromClipboard);
        editor.setOnInsertImage(this::chooseAndInsert);
        area.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        area.addEventHandler(DragEvent.DRAG_DROPPED, this::dragDropped);
        return this;
    }

    public void setAltTextPrompt(AltTextPrompt p) {
        this.prompt = p;
    }

    /** Where messages go (an alert by default). */
    public void setOnMessage(Consumer<String> sink) {
        this.onMessage = sink;
    }

    /** Replaces the Insert Image file chooser (tests). */
    public void setChooser(Function<Window, List<Path>> chooser) {
        this.chooser = chooser;
    }

    /** Runs imports on this executor instead of the shared import thread (tests). */
    public void setExecutor(Executor executor) {
        this.executor = executor;
    }

    /** The latest import, completed when its Markdown has been inserted (or it failed or was cancelled). */
    public CompletableFuture<List<ImportedImage>> lastImport() {
        return last;
    }

    /**
     * Imports the clipboard's image (bitmap or copied image files) at the caret. False when the clipboard holds no
     * image, so the text is pasted as usual.
     */
    public boolean pasteFromClipboard() {
        Clipboard cb = Clipboard.getSystemClipboard();
        int at = editor.area().getCaretPosition();
        if (cb.hasFiles() && !cb.getFiles().isEmpty()) {
            List<File> files = cb.getFiles();
            if (files.stream().noneMatch(f -> ImageFormat.hasImageExtension(f.getName())) && cb.hasString()) {
                return false; // copied documents paste as their text/path as before
            }
            run(files.stream().map(f -> new Source(f.toPath(), null, f.getName())).collect(Collectors.toList()), at,
                    true);
            return true;
        }
        if (cb.hasImage() && cb.getImage() != null) {
            try {
                ClipboardImages.Pixels px = ClipboardImages.pixels(cb.getImage());
                run(List.of(new Source(null, px, "screenshot.png")), at, true);
            } catch (IOException e) {
                onMessage.accept(e.getMessage());
            }
            return true;
        }
        return false;
    }

    /** Imports files at a position of the text (drop, chooser, tests). */
    public void importFiles(List<Path> files, int at) {
        run(files.stream().map(f -> new Source(f, null, f.getFileName() == null ? "image" : f.getFileName()
                .toString())).collect(Collectors.toList()), at, false);
    }

    /** Insert Image: a file chooser, then the chosen files at the caret. */
    public void chooseAndInsert() {
        Window owner = editor.area().getScene() == null ? null : editor.area().getScene().getWindow();
        List<Path> files = chooser.apply(owner);
        if (files != null && !files.isEmpty()) {
            importFiles(files, editor.area().getCaretPosition());
        }
    }

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() && db.getFiles().stream().anyMatch(f -> ImageFormat.hasImageExtension(f.getName()))) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dragDropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (!db.hasFiles() || db.getFiles().stream().noneMatch(f -> ImageFormat.hasImageExtension(f.getName()))) {
            return;
        }
        int at = editor.area().hit(e.getX(), e.getY()).getInsertionIndex();
        importFiles(db.getFiles().stream().map(File::toPath).collect(Collectors.toList()), at);
        e.setDropCompleted(true);
        e.consume();
    }

    private void run(List<Source> sources, int at, boolean pasted) {
        Where w = where.get();
        CompletableFuture<List<ImportedImage>> done = new CompletableFuture<>();
        last = done;
        CompletableFuture.supplyAsync(() -> importAll(sources, w), executor).whenComplete((out, error) ->
                Platform.runLater(() -> {
                    if (error != null) {
                        LOG.log(Level.WARNING, "image import failed", error);
                        onMessage.accept("The image could not be added: " + error.getMessage());
                        done.complete(List.of());
                        return;
                    }
                    if (!out.errors.isEmpty()) {
                        onMessage.accept(String.join("\n", out.errors));
                    }
                    askAndInsert(out.images, out.names, 0, new ArrayList<>(), new ArrayList<>(), at, done);
                }));
    }

    /** What a background import produced. */
    private record Outcome(List<ImportedImage> images, List<String> names, List<String> errors) {
    }

    private static Outcome importAll(List<Source> sources, Where w) {
        List<ImportedImage> images = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ImageImporter importer;
        try {
            ImageTarget target = ImageTarget.of(w.siteRoot(), w.postFile());
            importer = new ImageImporter(target, ImageSettings.forTarget(target));
        } catch (IOException | IllegalArgumentException e) {
            errors.add(e.getMessage());
            return new Outcome(images, names, errors);
        }
        for (Source s : sources) {
            try {
                ImportedImage img = s.file() != null ? importer.importFile(s.file())
                        : importer.importBytes(s.pixels().png(), s.name());
                images.add(img);
                names.add(s.name());
            } catch (ImageImportException e) {
                errors.add(e.getMessage());
            } catch (IOException e) {
                errors.add(s.name() + ": " + e.getMessage());
            }
        }
        return new Outcome(images, names, errors);
    }

    private void askAndInsert(List<ImportedImage> images, List<String> names, int i, List<String> markdown,
            List<ImportedImage> inserted, int at, CompletableFuture<List<ImportedImage>> done) {
        if (i == images.size()) {
            if (!markdown.isEmpty()) {
                CodeArea area = editor.area();
                int pos = Math.max(0, Math.min(at, area.getLength()));
                area.insertText(pos, String.join("\n\n", markdown));
                area.requestFocus();
            }
            done.complete(List.copyOf(inserted));
            return;
        }
        ImportedImage img = images.get(i);
        Window owner = editor.area().getScene() == null ? null : editor.area().getScene().getWindow();
        prompt.ask(owner, names.get(i), img.altSuggestion(), answer -> {
            if (answer.isPresent()) {
                markdown.add(img.markdown(answer.get()));
                inserted.add(img);
            } else {
                discard(img);
            }
            askAndInsert(images, names, i + 1, markdown, inserted, at, done);
        });
    }

    /** A cancelled image: the copy made for it is removed again (an existing, reused file is kept). */
    private void discard(ImportedImage img) {
        if (img.reused()) {
            return;
        }
        executor.execute(() -> {
            try {
                Files.deleteIfExists(img.file());
                if (img.original().isPresent()) {
                    Files.deleteIfExists(img.original().get());
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove the cancelled image " + img.file(), e);
            }
        });
    }

    private static List<Path> choose(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Insert Image");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.svg",
                        "*.bmp", "*.avif", "*.tif", "*.tiff"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = fc.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).collect(Collectors.toList());
    }

    private static void alert(String message) {
        Alert a = new Alert(Alert.AlertType.WARNING, message);
        a.setHeaderText("Image not added");
        a.show();
    }
}
