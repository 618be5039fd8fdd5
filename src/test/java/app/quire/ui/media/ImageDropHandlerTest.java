package app.quire.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.RenderContext;
import app.quire.media.ImportedImage;
import app.quire.media.TestImages;
import app.quire.ui.editor.MarkdownEditor;
import app.quire.ui.preview.PreviewPane;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Paste (a bitmap on the clipboard, a copied file), Insert Image (Ctrl+Shift+I) and the drop path on a real editor
 * beside a real preview of a Jekyll-shaped blog: the file on disk, the Markdown written and the image in the DOM.
 */
@ExtendWith(ApplicationExtension.class)
class ImageDropHandlerTest {
    @TempDir
    static Path tmp;

    private Path site;
    private Path post;
    private MarkdownEditor editor;
    private PreviewPane preview;
    private ImageDropHandler handler;
    private Stage stage;
    private final List<String> suggestions = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean cancelAlt;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        site = Files.createTempDirectory(tmp, "blog");
        Files.writeString(site.resolve("_config.yml"), "title: Trips\n");
        post = Files.createDirectories(site.resolve("_posts")).resolve("2026-01-02-harbour-walk.md");
        String text = "---\ntitle: Harbour walk\ndate: 2026-01-02 09:00:00 +1000\n---\n\n## The walk ##\n\nWe left early.\n";
        Files.writeString(post, text);
        editor = new MarkdownEditor();
        editor.load(text);
        preview = new PreviewPane(new RenderContext(site, post.getParent()));
        editor.area().textProperty().addListener((o, a, b) -> preview.show(b));
        handler = new ImageDropHandler(editor, () -> new ImageDropHandler.Where(site, post)).attach();
        handler.setAltTextPrompt((owner, name, suggestion, answer) -> {
            suggestions.add(suggestion);
            answer.accept(cancelAlt ? Optional.empty() : Optional.of(suggestion.isEmpty() ? "A screenshot"
                    : suggestion));
        });
        handler.setOnMessage(messages::add);
        HBox box = new HBox(editor.node(), preview.node());
        ((javafx.scene.layout.Region) editor.node()).setPrefWidth(480);
        ((javafx.scene.layout.Region) editor.node()).setMinWidth(480);
        HBox.setHgrow(preview.node(), Priority.ALWAYS);
        stage.setScene(new Scene(box, 1100, 640));
        stage.show();
        preview.show(text);
    }

    private List<ImportedImage> waitForImport() {
        try {
            List<ImportedImage> r = handler.lastImport().get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text() {
        return fx(() -> editor.area().getText());
    }

    private Object js(String script) {
        return fx(() -> ((WebView) stage.getScene().getRoot().lookup(".web-view")).getEngine().executeScript(script));
    }

    private void waitForImageInPreview(String fileName, int width) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene().getRoot().lookup(".web-view") != null
                && Boolean.TRUE.equals(js("Array.from(document.images).some(function(i){return i.complete && "
                + "i.naturalWidth === " + width + " && i.src.endsWith('" + fileName + "');})")));
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> postImages() throws IOException {
        Path folder = site.resolve("assets/images/posts");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().collect(java.util.stream.Collectors.toList());
        }
    }

    @Test
    void pastingAScreenshotStoresItInAssetsAndShowsItInThePreviewAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> {
            WritableImage shot = new WritableImage(120, 80);
            PixelWriter w = shot.getPixelWriter();
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 120; x++) {
                    w.setArgb(x, y, x < 60 ? 0xFF2266AA : 0xFFEEAA22);
                }
            }
            ClipboardContent c = new ClipboardContent();
            c.putImage(shot);
            Clipboard.getSystemClipboard().setContent(c);
            editor.area().moveTo(editor.area().getLength());
            editor.area().requestFocus();
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        List<ImportedImage> imported = waitForImport();
        assertThat(imported).hasSize(1);
        ImportedImage img = imported.get(0);
        assertThat(postImages()).containsExactly(img.file());
        assertThat(img.url()).matches("/assets/images/posts/[0-9a-f-]{36}\\.png");
        assertThat(suggestions).containsExactly("screenshot");
        assertThat(text()).endsWith("We left early.\n![screenshot](" + img.url() + ")");
        BufferedImage stored = ImageIO.read(img.file().toFile());
        assertThat(stored.getWidth()).isEqualTo(120);
        assertThat(stored.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x2266AA);
        waitForImageInPreview(img.file().getFileName().toString(), 120);
        snapshot("images-paste.png");
        robot.interact(() -> editor.area().undo());
        assertThat(text()).doesNotContain("![");
    }

    @Test
    void insertImageOnCtrlShiftIChoosesFilesAndInsertsThemAtTheCaret(FxRobot robot) throws Exception {
        Path a = Files.write(tmp.resolve("sea view.png"), TestImages.png(64, 40, Color.BLUE));
        Path b = Files.write(tmp.resolve("boats.jpg"), TestImages.jpeg(50, 30, Color.GREEN));
        handler.setChooser(owner -> List.of(a, b));
        int caret = fx(() -> {
            int at = editor.area().getText().indexOf("We left");
            editor.area().moveTo(at);
            editor.area().requestFocus();
            return at;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.I).release(KeyCode.I)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        List<ImportedImage> imported = waitForImport();
        assertThat(imported).hasSize(2);
        assertThat(suggestions).containsExactly("sea view", "boats");
        String inserted = "![sea view](" + imported.get(0).url() + ")\n\n![boats](" + imported.get(1).url() + ")";
        assertThat(text().substring(caret)).startsWith(inserted + "We left early.");
        assertThat(postImages()).hasSize(2);
        waitForImageInPreview(imported.get(1).file().getFileName().toString(), 50);
    }

    @Test
    void droppingSeveralFilesImportsEachOnceAndRefusesNonImages(FxRobot robot) throws Exception {
        Path a = Files.write(tmp.resolve("drop-a.png"), TestImages.png(30, 30, Color.RED));
        Path same = Files.write(tmp.resolve("drop-copy.png"), TestImages.png(30, 30, Color.RED));
        Path notImage = Files.writeString(tmp.resolve("readme.png"), "just text");
        robot.interact(() -> handler.importFiles(List.of(a, notImage, same), 0));
        List<ImportedImage> imported = waitForImport();
        assertThat(imported).hasSize(2);
        assertThat(imported.get(1).file()).isEqualTo(imported.get(0).file());
        assertThat(postImages()).hasSize(1);
        assertThat(messages).singleElement().asString().contains("readme.png is not an image");
        assertThat(text()).startsWith("![drop a](" + imported.get(0).url() + ")\n\n![drop copy]("
                + imported.get(0).url() + ")---\n");
    }

    @Test
    void aCopiedNonImageFileOrACancelledAltTextLeavesPostAndFolderUnchanged(FxRobot robot) throws Exception {
        String before = text();
        Path fake = Files.writeString(tmp.resolve("fake.jpg"), "not a jpeg");
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putFiles(List.of(fake.toFile()));
            Clipboard.getSystemClipboard().setContent(c);
            editor.area().requestFocus();
        });
        robot.interact(() -> editor.paste());
        waitForImport();
        assertThat(messages).singleElement().asString().contains("fake.jpg is not an image");
        assertThat(text()).isEqualTo(before);
        assertThat(site.resolve("assets")).doesNotExist();

        cancelAlt = true;
        Path real = Files.write(tmp.resolve("kept-out.png"), TestImages.png(20, 20, Color.MAGENTA));
        robot.interact(() -> handler.importFiles(List.of(real), 0));
        assertThat(waitForImport()).isEmpty();
        assertThat(text()).isEqualTo(before);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> postImages().isEmpty());
    }

    private void snapshot(String name) {
        Path out = "docs".equals(System.getProperty("quire.screenshots")) ? Path.of("docs/img") : Path.of("target");
        BufferedImage image = fx(() -> {
            WritableImage shot = stage.getScene().snapshot(null);
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            PixelReader r = shot.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    b.setRGB(x, y, r.getArgb(x, y));
                }
            }
            return b;
        });
        try {
            Files.createDirectories(out);
            ImageIO.write(image, "png", out.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
