package app.quire.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.media.RemoteImageLocalizer;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Localize Remote Images when a download fails: the dialog says plainly that nothing changed and why, in full
 * (the outcome used to be cut to one line ending in "...", hiding the reason, and claimed "0 images stored in
 * the blog and the references rewritten").
 */
@ExtendWith(ApplicationExtension.class)
class LocalizeOutcomeTest {
    @TempDir
    static Path tmp;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        stage.setScene(new Scene(holder, 800, 600));
        stage.show();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailedDownloadIsReportedInFull(FxRobot robot) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/images/1840.jpg";
            Path site = Files.createTempDirectory(tmp, "blog");
            Files.writeString(site.resolve("_config.yml"), "title: t\n");
            Path post = Files.createDirectories(site.resolve("_posts")).resolve("2024-12-04-guide.md");
            String text = "---\ntitle: Guide\n---\n\n![Image](" + url + ")\n";
            CodeArea area = new CodeArea(text);
            robot.interact(() -> holder.getChildren().setAll(area));
            LocalizeImagesDialog[] d = new LocalizeImagesDialog[1];
            robot.interact(() -> d[0] = LocalizeImagesDialog.open(area, new ImageDropHandler.Where(site, post),
                    Duration.ofSeconds(5), RemoteImageLocalizer.DEFAULT_MAX_BYTES));
            robot.interact(() -> ((javafx.scene.control.Button) d[0].dialog().getDialogPane()
                    .lookupButton(d[0].dialog().getDialogPane().getButtonTypes().get(0))).fire());
            RemoteImageLocalizer.Result r = d[0].result().get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(r.localized()).isEmpty();
            String after = fx(() -> area.getText());
            assertThat(after).isEqualTo(text);

            Label status = robot.lookup("#localize-status").queryAs(Label.class);
            String full = fx(status::getText);
            assertThat(full).startsWith("No image could be stored; the post is unchanged.")
                    .contains("Not localized: " + url);
            String shown = WaitForAsyncUtils.asyncFx(() -> ((Text) status.lookup(".text")).getText())
                    .get(10, TimeUnit.SECONDS);
            assertThat(shown).isEqualTo(full);
            robot.interact(() -> {
                d[0].dialog().setResult(ButtonType.CLOSE);
                d[0].dialog().close();
            });
        } finally {
            server.stop(0);
        }
    }
}
