package app.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Localizing remote images against a local HTTP server on 127.0.0.1. */
class RemoteImageLocalizerTest {
    @TempDir
    Path tmp;
    private HttpServer server;
    private String base;
    private final CountDownLatch never = new CountDownLatch(1);
    private final byte[] photo = TestImages.jpeg(40, 30, Color.BLUE);
    private final byte[] big = new byte[300_000];

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        respond("/uploads/photo.jpg", "image/jpeg", photo);
        respond("/page.html", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8));
        respond("/fake.png", "image/png", "not a png".getBytes(StandardCharsets.UTF_8));
        respond("/big.png", "image/png", big);
        server.createContext("/slow.png", ex -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
    }

    private void respond(String path, String type, byte[] body) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @Test
    void downloadsEachImageOnceRewritesTheReferencesAndReportsWhatFailed() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("blog"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path post = Files.createDirectories(site.resolve("_posts")).resolve("2021-12-10-badge.md");
        String text = "---\ntitle: T\nheroimage: " + base + "/uploads/photo.jpg\n---\n"
                + "Intro ![Image](" + base + "/uploads/photo.jpg)\n"
                + "`![code](" + base + "/uploads/photo.jpg)`\n"
                + "![again](" + base + "/uploads/photo.jpg \"title\") and ![page](" + base + "/page.html)\n"
                + "![fake](" + base + "/fake.png) ![big](" + base + "/big.png) ![slow](" + base + "/slow.png)\n"
                + "![local](/assets/x.png)";
        List<RemoteImageLocalizer.RemoteRef> refs = RemoteImageLocalizer.find(text);
        assertThat(refs).extracting(RemoteImageLocalizer.RemoteRef::url).containsExactly(
                base + "/uploads/photo.jpg", base + "/uploads/photo.jpg", base + "/page.html", base + "/fake.png",
                base + "/big.png", base + "/slow.png");
        assertThat(refs.get(0).line()).isEqualTo(4);

        ImageTarget target = ImageTarget.of(site, post);
        RemoteImageLocalizer localizer = new RemoteImageLocalizer(new ImageImporter(target,
                ImageSettings.forTarget(target)), Duration.ofSeconds(2), 100_000);
        List<String> progress = new ArrayList<>();
        RemoteImageLocalizer.Result result = localizer.download(refs, (done, total, url) -> progress.add(done + "/" + total));
        assertThat(progress).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");
        assertThat(result.localized()).hasSize(1);
        RemoteImageLocalizer.Localized ok = result.localized().get(0);
        assertThat(ok.refs()).hasSize(2);
        assertThat(ok.image().url()).matches("/assets/images/posts/[0-9a-f-]{36}\\.jpg");
        assertThat(Files.readAllBytes(ok.image().file())).isEqualTo(photo);
        assertThat(result.failed()).extracting(RemoteImageLocalizer.Failed::url).containsExactly(
                base + "/page.html", base + "/fake.png", base + "/big.png", base + "/slow.png");
        assertThat(result.failed().get(0).message()).contains("not an image");
        assertThat(result.failed().get(1).message()).contains("not an image");
        assertThat(result.failed().get(2).message()).contains("larger than");
        assertThat(result.failed().get(3).message()).contains("timed out");

        String rewritten = RemoteImageLocalizer.apply(text, result.localized());
        String url = ok.image().url();
        assertThat(rewritten).contains("Intro ![Image](" + url + ")\n")
                .contains("![again](" + url + " \"title\")")
                .contains("`![code](" + base + "/uploads/photo.jpg)`") // code is left alone
                .contains("heroimage: " + base + "/uploads/photo.jpg") // front matter too
                .contains("![page](" + base + "/page.html)");
        assertThat(RemoteImageLocalizer.nameOf(base + "/a/b%20c.png?x=1")).isEqualTo("b c.png");
    }
}
