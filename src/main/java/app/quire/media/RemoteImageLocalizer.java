package app.quire.media;

import app.quire.post.Post;
import app.quire.post.PostLinks;
import app.quire.post.TextLines;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies the remote images a post links to into the site and rewrites the references: {@link #find} lists them
 * (for a preview), {@link #download} fetches each distinct URL once (timeouts, a size cap, content checked to be an
 * image) and imports it through the {@link ImageImporter}, {@link #apply} rewrites the text in one go.
 */
public final class RemoteImageLocalizer {
    /** Default cap for one download. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** One remote reference: the URL as written and its character range in the post text. */
    public record RemoteRef(String url, int start, int end, int line) {
    }

    /** A URL that was localized: the references to rewrite and the image it became. */
    public record Localized(String url, List<RemoteRef> refs, ImportedImage image) {
    }

    /** A URL that could not be localized, with the reason; its references stay as they are. */
    public record Failed(String url, String message) {
    }

    /** The outcome of {@link #download}. */
    public record Result(List<Localized> localized, List<Failed> failed) {
    }

    /** Told after each URL (done of total); called on the downloading thread. */
    public interface Progress {
        void step(int done, int total, String url);
    }

    private final ImageImporter importer;
    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public RemoteImageLocalizer(ImageImporter importer, Duration timeout, long maxBytes) {
        this.importer = importer;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The http(s) image references of the post body (front matter, code blocks and spans excluded), in order. */
    public static List<RemoteRef> find(String text) {
        Post post = Post.parse(text);
        String body = post.body();
        int bodyOffset = text.length() - body.length();
        List<String> lines = TextLines.split(body);
        int[] lineStart = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            lineStart[i + 1] = lineStart[i] + lines.get(i).length();
        }
        List<RemoteRef> out = new ArrayList<>();
        for (PostLinks.Ref ref : PostLinks.scan(body)) {
            String t = ref.target();
            boolean image = ref.type() == PostLinks.Type.IMAGE
                    || ref.type() == PostLinks.Type.DEFINITION && looksLikeImage(t);
            String lower = t.toLowerCase(Locale.ROOT);
            if (!image || !(lower.startsWith("http://") || lower.startsWith("https://"))) {
                continue;
            }
            int at = lines.get(ref.line()).indexOf(t, ref.column());
            if (at >= 0) {
                int start = bodyOffset + lineStart[ref.line()] + at;
                out.add(new RemoteRef(t, start, start + t.length(), post.bodyStartLine() + ref.line()));
            }
        }
        out.sort(Comparator.comparingInt(RemoteRef::start));
        return out;
    }

    /** Downloads and imports each distinct URL of {@code refs}; failures are collected, never thrown. */
    public Result download(List<RemoteRef> refs, Progress progress) {
        Map<String, List<RemoteRef>> byUrl = new LinkedHashMap<>();
        for (RemoteRef r : refs) {
            byUrl.computeIfAbsent(r.url(), u -> new ArrayList<>()).add(r);
        }
        List<Localized> ok = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<RemoteRef>> e : byUrl.entrySet()) {
            String url = e.getKey();
            try {
                byte[] data = fetch(url);
                ImportedImage image = importer.importBytes(data, nameOf(url));
                ok.add(new Localized(url, e.getValue(), image));
            } catch (IOException ex) {
                failed.add(new Failed(url, ex.getMessage()));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                failed.add(new Failed(url, "cancelled"));
                break;
            }
            progress.step(++done, byUrl.size(), url);
        }
        return new Result(ok, failed);
    }

    /**
     * The text with every reference to a localized URL replaced by its new URL. The references are found again in
     * {@code text}, so edits made while downloading are kept.
     */
    public static String apply(String text, List<Localized> localized) {
        Edit e = edit(text, localized);
        return e == null ? text : text.substring(0, e.start()) + e.replacement() + text.substring(e.end());
    }

    /** One replacement of the range from the first to the last rewritten reference (one undoable edit). */
    public record Edit(int start, int end, String replacement) {
    }

    /** The smallest single edit that applies {@code localized} to {@code text}, or null when nothing changes. */
    public static Edit edit(String text, List<Localized> localized) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (Localized l : localized) {
            urls.put(l.url(), l.image().url());
        }
        List<RemoteRef> refs = new ArrayList<>();
        for (RemoteRef r : find(text)) {
            if (urls.containsKey(r.url())) {
                refs.add(r);
            }
        }
        if (refs.isEmpty()) {
            return null;
        }
        int start = refs.get(0).start();
        int end = refs.get(refs.size() - 1).end();
        StringBuilder sb = new StringBuilder();
        int pos = start;
        for (RemoteRef r : refs) {
            sb.append(text, pos, r.start()).append(urls.get(r.url()));
            pos = r.end();
        }
        return new Edit(start, end, sb.toString());
    }

    private byte[] fetch(String url) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ImageImportException("not a valid URL", e);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "image/*").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new ImageImportException("timed out after " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ImageImportException("download failed: " + e.getMessage(), e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new ImageImportException("server answered HTTP " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.startsWith("image/") && !type.startsWith("application/octet-stream")) {
                throw new ImageImportException("not an image (Content-Type " + type + ")");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new ImageImportException("larger than the limit of " + maxBytes / 1024 + " KB");
            }
            return ImageImporter.readCapped(in, maxBytes, "the download");
        }
    }

    /** The last path segment of a URL, decoded ("photo.jpg"), used for {name} and the alt suggestion. */
    static String nameOf(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        path = path.replaceFirst("/+$", "");
        int slash = path.lastIndexOf('/');
        return ImageUrls.decodePath(slash >= 0 ? path.substring(slash + 1) : path);
    }

    private static boolean looksLikeImage(String target) {
        return ImageFormat.hasImageExtension(target.replaceFirst("[?#].*$", ""));
    }
}
