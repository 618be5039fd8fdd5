package app.quire.site;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * The images of written pages that the exported site does not have: a missing hero or body image, a path with a
 * typo, a file outside the site. Pages are scanned as they are written (any thread); {@link #missing} checks the
 * output folder once every file is in place and names the post's line where the image is written. Pages with a
 * missing image get a manifest entry that never matches ({@link #RECHECK}), so every export writes and checks
 * them again until the image is there; other unchanged pages are not read again.
 */
final class ImageCheck {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** Appended to the manifest entry of a page with a missing image: no input hash ends like this. */
    static final String RECHECK = "+missing-image";

    private record Ref(PostEntry entry, String src) {
    }

    private final Queue<Ref> refs = new ConcurrentLinkedQueue<>();

    /** Notes the local images a page shows ({@code <img src>} in the HTML written for {@code entry}). */
    void scan(PostEntry entry, byte[] html) {
        // on the bytes themselves (byte for char, as ISO-8859-1 would read them: ASCII markup stays in place),
        // without copying each ~20 KB page into a String first (decision 0219)
        for (int at = indexOf(html, IMG, 0); at >= 0; at = indexOf(html, IMG, at + 4)) {
            int end = indexOf(html, '>', at);
            if (end < 0) {
                break;
            }
            String src = attribute(html, at, end);
            if (src != null && isLocal(src)) {
                refs.add(new Ref(entry, new String(src.getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8)));
            }
        }
    }

    private static final byte[] IMG = {'<', 'i', 'm', 'g'};
    private static final byte[] SRC = {'s', 'r', 'c', '='};

    /** The {@code src} attribute's value of the tag between {@code from} and {@code end}, as ISO-8859-1 text. */
    private static String attribute(byte[] tag, int from, int end) {
        for (int i = indexOf(tag, SRC, from); i >= 0 && i < end; i = indexOf(tag, SRC, i + 1)) {
            if (!Character.isWhitespace((char) (tag[i - 1] & 0xFF))) {
                continue;
            }
            int v = i + SRC.length;
            byte q = v < end ? tag[v] : (byte) ' ';
            if (q == '"' || q == '\'') {
                int close = indexOf(tag, q, v + 1);
                return close < 0 || close > end ? null
                        : unescape(new String(tag, v + 1, close - v - 1, StandardCharsets.ISO_8859_1));
            }
            return null;
        }
        return null;
    }

    private static int indexOf(byte[] a, int b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] a, byte[] p, int from) {
        byte first = p[0];
        int last = a.length - p.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (a[i] != first) {
                continue;
            }
            for (int k = 1; k < p.length; k++) {
                if (a[i + k] != p[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    static boolean isLocal(String src) {
        return !src.isBlank() && !src.startsWith("//") && !src.startsWith("#") && !SCHEME.matcher(src).find();
    }

    /**
     * One warning per missing image: the post, the line where its path is written, and the path.
     *
     * @param baseurl the site's {@code baseurl} ("" or "/blog"), which site-root paths in pages start with
     * @param made    the manifest being written: a page with a missing image is marked to be checked next time
     */
    List<Problem> missing(Path out, String baseurl, Map<String, String> made) {
        Map<String, Boolean> exists = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<Path, String> sources = new HashMap<>();
        // the same few images are on many pages (a blog's hero images, its logo): each URL is resolved once (two
        // URI parses and two regexes each; this runs on one core after all pages are written, decision 0219)
        Map<String, String> files = new HashMap<>();
        for (Ref r : refs) {
            // a site-root path names the same file from every page; a relative one depends on the page's folder
            String url = r.entry().url();
            String key = (r.src().startsWith("/") ? "" : url.substring(0, url.lastIndexOf('/') + 1)) + "\0" + r.src();
            String found = files.computeIfAbsent(key, k -> {
                String f = outputFile(r.src(), url, baseurl);
                return f == null ? "" : f; // outputFile never gives ""
            });
            String file = found.isEmpty() ? null : found;
            boolean there = file != null && exists.computeIfAbsent(file,
                    f -> Files.isRegularFile(out.resolve(f).normalize()));
            if (!there) {
                made.computeIfPresent(r.entry().outputPath(), (k, v) -> v.endsWith(RECHECK) ? v : v + RECHECK);
                int[] at = position(sources.computeIfAbsent(r.entry().file(), ImageCheck::read), r.src(), baseurl);
                problems.add(Problem.warning(r.entry().source(), at[0], at[1], message(r.src(), out, baseurl)));
            }
        }
        problems.sort(null);
        return problems;
    }

    /** The output file (relative to OUT) an image URL of a page at {@code pageUrl} names; null when none can. */
    static String outputFile(String src, String pageUrl, String baseurl) {
        String path = src;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        try {
            String dir = path.startsWith("/") ? "/" : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
            URI ref;
            try {
                ref = new URI(path); // as written in HTML: %20 and the like are decoded below
            } catch (java.net.URISyntaxException e) {
                ref = new URI(null, null, path, null); // a raw space or the like: quote it first
            }
            String resolved = new URI("http", "site", dir.startsWith("/") ? dir : "/" + dir, null).resolve(ref)
                    .getPath();
            if (resolved == null) {
                return null;
            }
            String b = baseurl == null ? "" : baseurl.replaceAll("/+$", "");
            if (!b.isEmpty() && path.startsWith("/")) {
                if (!resolved.startsWith(b + "/")) {
                    return null;
                }
                resolved = resolved.substring(b.length());
            }
            String rel = resolved.replaceAll("^/+", "");
            return rel.isEmpty() || rel.startsWith("../") || rel.contains("/../") ? null : rel;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String read(Path file) {
        try {
            return PostIndex.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The warning: an image written from the web root of a site served under a baseurl ({@code /assets/x.png}
     * in a site at {@code /blog}) is named as such, with the path that works, when the file is in OUT.
     */
    private static String message(String src, Path out, String baseurl) {
        String b = baseurl == null ? "" : baseurl.replaceAll("/+$", "");
        if (!b.isEmpty() && src.startsWith("/") && !src.startsWith(b + "/")) {
            String inSite = outputFile(src, "/", ""); // where it would be if the site were served at the root
            if (inSite != null && Files.isRegularFile(out.resolve(inSite).normalize())) {
                return "image " + src + " is outside the site's baseurl " + b + " (the published page will show it "
                        + "broken); write " + b + src;
            }
        }
        return "image " + src + " is not in the exported site (the page will show it broken)";
    }

    /**
     * Line and column (1-based) where the post writes {@code src}: in the body first (a hero image may name the
     * same file in the front matter, where the theme adds the baseurl), then as a front-matter value without
     * the baseurl; 1:1 when it is not found.
     */
    static int[] position(String text, String src, String baseurl) {
        String fence = text.startsWith("+++") ? "+++" : "---";
        int body = text.startsWith(fence) ? text.indexOf("\n" + fence, 3) : -1;
        int at = body < 0 ? -1 : text.indexOf(src, body + 4);
        String b = baseurl == null ? "" : baseurl.replaceAll("/+$", "");
        if (at < 0 && !b.isEmpty() && src.startsWith(b + "/")) {
            at = text.indexOf(src.substring(b.length()));
        }
        if (at < 0) {
            at = text.indexOf(src);
        }
        return at < 0 ? new int[] {1, 1} : new int[] {BodyLiquid.lineOf(text, at), BodyLiquid.columnOf(text, at)};
    }
}
