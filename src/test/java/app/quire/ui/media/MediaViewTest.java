package app.quire.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.media.MediaLibrary;
import app.quire.media.RemoteImageLocalizer;
import app.quire.media.TestImages;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The media view's tiles and unused filter; the Localize Remote Images dialog against a local server. */
@ExtendWith(ApplicationExtension.class)
class MediaViewTest {
    @TempDir
    static Path tmp;
    private MediaView view;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        view = new MediaView();
        holder = new StackPane();
        holder.getChildren().add(view.node());
        stage.setScene(new Scene(holder, 800, 600));
        stage.show();
    }

    @Test
    void showsEveryImageWithItsPostsAndFiltersTheUnusedOnes(FxRobot robot) throws Exception {
        Path site = Files.createTempDirectory(tmp, "blog");
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path imgs = Files.createDirectories(site.resolve("assets/images/posts"));
        Files.write(imgs.resolve("used.png"), TestImages.png(160, 100, new Color(0x2266AA)));
        Files.write(imgs.resolve("spare.png"), TestImages.png(120, 120, new Color(0xEEAA22)));
        Files.writeString(Files.createDirectories(site.resolve("_posts")).resolve("2020-01-01-a.md"),
                "---\ntitle: A\n---\n![used](/assets/images/posts/used.png)\n");
        robot.interact(() -> view.show(site));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.index() != null);
        WaitForAsyncUtils.waitForFxEvents();
        FlowPane tiles = robot.lookup(".media-tiles").queryAs(FlowPane.class);
        assertThat(tiles.getChildren()).hasSize(2);
        assertThat(robot.lookup("#media-summary").queryAs(Label.class).getText())
                .isEqualTo("2 images, 1 unused, 0 missing references");
        assertThat(robot.lookup(".media-unused").queryAll()).hasSize(1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".media-tile").queryAll().stream()
                .allMatch(n -> ((javafx.scene.image.ImageView) ((javafx.scene.layout.StackPane) ((javafx.scene.layout.VBox) n)
                        .getChildren().get(0)).getChildren().get(0)).getImage().getProgress() >= 1.0));
        snapshot(robot, "images-media.png");
        robot.interact(() -> robot.lookup("#media-unused-only").queryAs(CheckBox.class).setSelected(true));
        List<Node> shown = new ArrayList<>(tiles.getChildren());
        assertThat(shown).hasSize(1);
        assertThat(((MediaLibrary.Item) shown.get(0).getUserData()).file()).isEqualTo(imgs.resolve("spare.png"));

        // one of each reads in the singular
        Files.delete(imgs.resolve("spare.png"));
        Files.writeString(site.resolve("_posts/2020-01-02-b.md"), "---\ntitle: B\n---\n![gone](/assets/images/posts/gone.png)\n");
        robot.interact(() -> view.show(site));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#media-summary").queryAs(Label.class)
                .getText().startsWith("1 image,"));
        assertThat(robot.lookup("#media-summary").queryAs(Label.class).getText())
                .isEqualTo("1 image, 0 unused, 1 missing reference");
    }

    @Test
    void localizeDialogListsTheImagesFirstThenRewritesThemAsOneUndoableEdit(FxRobot robot) throws Exception {
        byte[] photo = TestImages.jpeg(30, 20, Color.ORANGE);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/i/photo.jpg", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, photo.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(photo);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/i/photo.jpg";
            Path site = Files.createTempDirectory(tmp, "blog");
            Files.writeString(site.resolve("_config.yml"), "title: t\n");
            Path post = Files.createDirectories(site.resolve("_posts")).resolve("2021-12-10-badge.md");
            String text = "---\ntitle: B\n---\n![Image](" + url + ")\n\nText ![again](" + url + ")";
            CodeArea area = new CodeArea(text);
            robot.interact(() -> holder.getChildren().setAll(area));
            LocalizeImagesDialog[] d = new LocalizeImagesDialog[1];
            robot.interact(() -> d[0] = LocalizeImagesDialog.open(area, new ImageDropHandler.Where(site, post),
                    Duration.ofSeconds(5), RemoteImageLocalizer.DEFAULT_MAX_BYTES));
            assertThat(area.getText()).isEqualTo(text); // nothing happens before the writer agrees
            assertThat(site.resolve("assets")).doesNotExist();
            robot.interact(() -> ((javafx.scene.control.Button) d[0].dialog().getDialogPane()
                    .lookupButton(d[0].dialog().getDialogPane().getButtonTypes().get(0))).fire());
            RemoteImageLocalizer.Result r = d[0].result().get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String local = r.localized().get(0).image().url();
            assertThat(area.getText()).isEqualTo("---\ntitle: B\n---\n![Image](" + local + ")\n\nText ![again]("
                    + local + ")");
            assertThat(Files.readAllBytes(site.resolve(local.substring(1)))).isEqualTo(photo);
            robot.interact(area::undo);
            assertThat(area.getText()).isEqualTo(text);
            robot.interact(() -> {
                d[0].dialog().setResult(ButtonType.CLOSE);
                d[0].dialog().close();
            });
        } finally {
            server.stop(0);
        }
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        Path out = "docs".equals(System.getProperty("quire.screenshots")) ? Path.of("docs/img") : Path.of("target");
        java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(() -> {
                    javafx.scene.image.WritableImage shot = holder.getScene().snapshot(null);
                    int w = (int) shot.getWidth();
                    int h = (int) shot.getHeight();
                    java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(w, h,
                            java.awt.image.BufferedImage.TYPE_INT_RGB);
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            b.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
                        }
                    }
                    return b;
                }).get(20, TimeUnit.SECONDS);
        Files.createDirectories(out);
        javax.imageio.ImageIO.write(image, "png", out.resolve(name).toFile());
    }
}
