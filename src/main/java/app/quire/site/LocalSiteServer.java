package app.quire.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves an exported site folder over HTTP on the loopback interface, under the site's baseurl, the way its
 * web host will: root-relative links ({@code /assets/...}, {@code /2021/12/10/post.html}) resolve, which they
 * do not from a {@code file:} URL. GET and HEAD only; a request never reaches a file outside the folder (no
 * {@code ..}, no symbolic link leading out). Folders serve their {@code index.html}, a missing page the site's
 * {@code 404.html} with status 404. Nothing is cached, so a new export shows on reload. Decision 0199.
 */
public final class LocalSiteServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LocalSiteServer.class.getName());
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"), Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("wasm", "application/wasm"));

    /** The folder served and the path prefix it is served under ("" or "/blog"). */
    private record Served(Path root, String baseurl, String siteUrl) {
    }

    /** Pages and feeds up to this size have their links to the live site pointed here. */
    private static final long MAX_REWRITTEN = 16L * 1024 * 1024;
    private final HttpServer server;
    private final ExecutorService workers;
    private volatile Served served;

    private LocalSiteServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts a server on 127.0.0.1 at {@code port} (0: any free port), serving nothing until {@link #serve}. */
    public static LocalSiteServer start(int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "quire-site-server");
            t.setDaemon(true);
            return t;
        });
        LocalSiteServer s = new LocalSiteServer(http, workers);
        http.createContext("/", s::handle);
        http.setExecutor(workers);
        http.start();
        return s;
    }

    /**
     * Serves {@code folder} (an exported site) from now on, under {@code baseurl} ("" or a path such as
     * "/blog"), and returns the address of its home page.
     */
    public URI serve(Path folder, String baseurl) throws IOException {
        return serve(folder, baseurl, "");
    }

    /**
     * As {@link #serve(Path, String)}, for a site published at {@code siteUrl} ({@code https://example.org}):
     * links in its pages and feeds to that address (a Hugo {@code ref}, a redirect, a canonical link) are served
     * pointing here instead, as Hugo's own server does, so browsing never leaves for the live site. The files
     * are not changed.
     */
    public URI serve(Path folder, String baseurl, String siteUrl) throws IOException {
        Path root = folder.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new IOException(folder + " is not a folder");
        }
        String url = siteUrl == null ? "" : siteUrl.strip().replaceAll("/+$", "");
        served = new Served(root, normalizeBase(baseurl), url.contains("://") ? url : "");
        return home();
    }

    /** The address of the served site's home page. */
    public URI home() {
        Served s = served;
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port()
                + (s == null ? "" : s.baseurl()) + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    /** "" for none or "/"; otherwise one leading slash and no trailing one. */
    static String normalizeBase(String baseurl) {
        String b = baseurl == null ? "" : baseurl.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b.isEmpty() || b.startsWith("/") ? b : "/" + b;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n", false);
                return;
            }
            Served s = served;
            String path = ex.getRequestURI().getPath();
            if (s == null || path == null) {
                send(ex, 404, "text/plain; charset=utf-8", "No site is being shown.\n", head);
                return;
            }
            if (!s.baseurl().isEmpty() && (path.equals("/") || path.equals(s.baseurl()))) {
                redirect(ex, s.baseurl() + "/");
                return;
            }
            if (!path.startsWith(s.baseurl() + "/")) {
                notFound(ex, s, head);
                return;
            }
            String rel = path.substring(s.baseurl().length() + 1);
            Path file = resolve(s.root(), rel);
            if (file == null) {
                notFound(ex, s, head);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    redirect(ex, path + "/");
                    return;
                }
                file = file.resolve("index.html");
            } else if (!Files.exists(file) && !rel.isEmpty() && !rel.endsWith("/") && extension(rel).isEmpty()) {
                Path html = resolve(s.root(), rel + ".html"); // permalink: /about served by about.html
                file = html == null ? file : html;
            }
            if (!inside(s.root(), file) || !Files.isRegularFile(file)) {
                notFound(ex, s, head);
                return;
            }
            String type = type(file.getFileName().toString());
            String local = s.siteUrl().isEmpty() || !(type.startsWith("text/html") || type.contains("xml")) ? null
                    : pointedHere(file, s);
            if (local != null) {
                send(ex, 200, type, local, head);
                return;
            }
            sendFile(ex, 200, file, head);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "site server: " + ex.getRequestURI(), e);
            throw e;
        }
    }

    /** A page's text with its links to the live site pointing here; null when it has none or is not UTF-8. */
    private String pointedHere(Path file, Served s) throws IOException {
        if (Files.size(file) > MAX_REWRITTEN) {
            return null;
        }
        String from = s.siteUrl() + s.baseurl() + "/";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null; // served as it is
        }
        if (!text.contains(from)) {
            return null;
        }
        return text.replace(from, "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port()
                + s.baseurl() + "/");
    }

    /** The file a path names inside {@code root}, or null for a path that leaves it or cannot be a file. */
    private static Path resolve(Path root, String rel) {
        if (rel.indexOf('\0') >= 0 || rel.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : rel.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        try {
            Path file = root.resolve(rel).normalize();
            return file.startsWith(root) ? file : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Whether {@code file}, with its links followed, is still inside {@code root} (a missing file is not). */
    private static boolean inside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static void notFound(HttpExchange ex, Served s, boolean head) throws IOException {
        Path page = s.root().resolve("404.html");
        if (Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS)) {
            sendFile(ex, 404, page, head);
        } else {
            send(ex, 404, "text/plain; charset=utf-8", "Not found.\n", head);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        ex.getResponseHeaders().set("Location", location + (query == null ? "" : "?" + query));
        send(ex, 301, "text/plain; charset=utf-8", "Moved to " + location + "\n", false);
    }

    private static void sendFile(HttpExchange ex, int status, Path file, boolean head) throws IOException {
        long size = Files.size(file);
        ex.getResponseHeaders().set("Content-Type", type(file.getFileName().toString()));
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Long.toString(size));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, size == 0 ? -1 : size);
        if (size > 0) {
            try (OutputStream body = ex.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String text, boolean head)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = ex.getResponseBody()) {
            body.write(bytes);
        }
    }

    static String type(String name) {
        return TYPES.getOrDefault(extension(name), "application/octet-stream");
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot <= slash ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
