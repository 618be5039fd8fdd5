package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSiteServerTest {
    @TempDir
    Path tmp;

    private Path out;
    private LocalSiteServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void site() throws IOException {
        out = Files.createDirectories(tmp.resolve("out"));
        write("index.html", "<h1>Home</h1>");
        write("404.html", "<h1>Not here</h1>");
        write("2021/12/10/aws-serverless-badge/index.html", "<h1>Badge</h1>");
        write("about.html", "<h1>About</h1>");
        write("assets/quire/quire.css", "body{}");
        write("feed.xml", "<feed/>");
        write("assets/images/a b.png", "PNG");
        Files.writeString(tmp.resolve("secret.txt"), "outside");
        server = LocalSiteServer.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String rel, String text) throws IOException {
        Path f = out.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheSiteUnderItsBaseurlAsItsHostWould() throws Exception {
        URI home = server.serve(out, "/blog");
        assertThat(home.toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/blog/");

        HttpResponse<String> index = get("/blog/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).isEqualTo("<h1>Home</h1>");
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");

        assertThat(get("/blog/2021/12/10/aws-serverless-badge/").body()).isEqualTo("<h1>Badge</h1>");
        assertThat(get("/blog/assets/quire/quire.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        assertThat(get("/blog/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(get("/blog/assets/images/a%20b.png").body()).isEqualTo("PNG");
        // permalink: /about is served by about.html, as Jekyll's and most hosts' servers do
        assertThat(get("/blog/about").body()).isEqualTo("<h1>About</h1>");
    }

    @Test
    void linksToTheLiveSiteArePointedAtThisCopyWithoutChangingTheFiles() throws Exception {
        String page = "<a href=\"https://example.org/blog/posts/x/\">x</a> <a href=\"https://example.org/other/\">o</a>"
                + " <a href=\"https://example.org.evil/blog/\">e</a>";
        write("linking.html", page);
        write("index.xml", "<link href=\"https://example.org/blog/index.xml\" rel=\"self\"/>");
        write("style.css", "a{background:url(https://example.org/blog/a.png)}");
        Files.write(out.resolve("latin1.html"), "caf\u00e9 https://example.org/blog/".getBytes(StandardCharsets.ISO_8859_1));
        server.serve(out, "/blog", "https://example.org/");
        String here = "http://127.0.0.1:" + server.port() + "/blog/";

        assertThat(get("/blog/linking.html").body()).isEqualTo("<a href=\"" + here + "posts/x/\">x</a> "
                + "<a href=\"https://example.org/other/\">o</a> <a href=\"https://example.org.evil/blog/\">e</a>");
        assertThat(get("/blog/index.xml").body()).isEqualTo("<link href=\"" + here + "index.xml\" rel=\"self\"/>");
        assertThat(get("/blog/style.css").body()).contains("https://example.org/blog/a.png");
        assertThat(send("HEAD", "/blog/linking.html").headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(get("/blog/linking.html").body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(get("/blog/latin1.html").statusCode()).isEqualTo(200); // not UTF-8: served as it is
        assertThat(Files.readString(out.resolve("linking.html"))).isEqualTo(page);
    }

    @Test
    void redirectsFoldersToTheirSlashAndTheRootToTheBaseurl() throws Exception {
        server.serve(out, "blog/");
        HttpResponse<String> folder = get("/blog/2021/12/10/aws-serverless-badge?x=1");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/blog/2021/12/10/aws-serverless-badge/?x=1");
        assertThat(get("/").headers().firstValue("Location")).hasValue("/blog/");
        assertThat(get("/blog").headers().firstValue("Location")).hasValue("/blog/");
    }

    @Test
    void answersMissingPagesWithTheSites404Page() throws Exception {
        server.serve(out, "");
        HttpResponse<String> missing = get("/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("<h1>Not here</h1>");
        Files.delete(out.resolve("404.html"));
        assertThat(get("/nothing.html").statusCode()).isEqualTo(404);
    }

    @Test
    void neverServesAFileOutsideTheFolder() throws Exception {
        server.serve(out, "");
        assertThat(get("/../secret.txt").body()).doesNotContain("outside");
        assertThat(get("/%2e%2e/secret.txt").body()).doesNotContain("outside");
        assertThat(get("/assets/..%2f..%2fsecret.txt").body()).doesNotContain("outside");
        assertThat(raw("GET /../secret.txt HTTP/1.0\r\n\r\n")).doesNotContain("outside").contains("404");
        Files.createSymbolicLink(out.resolve("leak.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("leakdir"), tmp);
        assertThat(get("/leak.txt").statusCode()).isEqualTo(404);
        assertThat(get("/leakdir/secret.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void servesOnlyReadsAndHeads() throws Exception {
        server.serve(out, "");
        HttpResponse<String> post = send("POST", "/index.html");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> head = send("HEAD", "/index.html");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue("13");
    }

    @Test
    void switchesToTheFolderOfTheLatestExport() throws Exception {
        server.serve(out, "");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("index.html"), "<h1>Other</h1>");
        URI home = server.serve(other, "");
        assertThat(get("/").body()).isEqualTo("<h1>Other</h1>");
        assertThat(home.getPort()).isEqualTo(server.port());
        assertThatThrownBy(() -> server.serve(tmp.resolve("missing"), "")).isInstanceOf(IOException.class);
        assertThat(get("/").body()).as("a failed switch keeps the site shown").isEqualTo("<h1>Other</h1>");
    }

    @Test
    void givesALoopbackAddressAndNormalisesNames() throws Exception {
        server.serve(out, "");
        assertThat(server.home().getHost()).isEqualTo("127.0.0.1");
        assertThat(LocalSiteServer.normalizeBase("/")).isEmpty();
        assertThat(LocalSiteServer.normalizeBase(" /blog/ ")).isEqualTo("/blog");
        assertThat(LocalSiteServer.type("a/b.JPG")).isEqualTo("image/jpeg");
        assertThat(LocalSiteServer.type("a.b/c")).isEqualTo("application/octet-stream");
    }

    /** Sends a request as written, without a client's path handling. */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
