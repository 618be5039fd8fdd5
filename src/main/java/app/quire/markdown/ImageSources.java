package app.quire.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Maps an image or link target as written in a post to what the preview can load: site-root paths
 * ({@code /assets/x.jpg}) against the site folder (or its {@code static/} folder, where a Hugo site keeps
 * them, when only that has the file), relative ones against the post's folder; everything else
 * (URLs with a scheme, {@code //host/..}, {@code #anchors}) unchanged. The result is a properly percent-encoded
 * {@code file:} URI. A path that would climb out of its root with {@code ..} (site root; for relative paths the
 * site root if the post lives inside it, else the post folder) is left unresolved.
 */
public final class ImageSources {
    private ImageSources() {
    }

    public static String resolve(String src, RenderContext context) {
        if (src == null || src.isEmpty() || src.startsWith("#") || src.startsWith("//") || hasScheme(src)) {
            return src;
        }
        int cut = firstIndexOf(src, '?', '#');
        String rawPath = cut < 0 ? src : src.substring(0, cut);
        String tail = cut < 0 ? "" : encodeTail(src.substring(cut));
        String path = percentDecode(rawPath);
        if (path.isEmpty() || path.indexOf('\0') >= 0) {
            return src;
        }
        try {
            if (path.startsWith("/")) {
                if (context.siteRoot() == null) {
                    return src;
                }
                Path root = context.siteRoot().toAbsolutePath().normalize();
                Path file = root.resolve(path.substring(1));
                Path fromStatic = root.resolve("static");
                if (!path.contains("/../") && !path.endsWith("/..") && !java.nio.file.Files.exists(file)
                        && java.nio.file.Files.exists(fromStatic.resolve(path.substring(1)))) {
                    // a Hugo site serves its static/ folder at the site root
                    return inside(fromStatic, fromStatic.resolve(path.substring(1)), src, tail);
                }
                return inside(root, file, src, tail);
            }
            if (context.postDir() == null) {
                return src;
            }
            Path dir = context.postDir().toAbsolutePath().normalize();
            Path root = dir;
            if (context.siteRoot() != null) {
                Path site = context.siteRoot().toAbsolutePath().normalize();
                if (dir.startsWith(site)) {
                    root = site;
                }
            }
            return inside(root, dir.resolve(path), src, tail);
        } catch (InvalidPathException bad) {
            return src;
        }
    }

    private static String inside(Path root, Path candidate, String original, String tail) {
        Path normal = candidate.normalize();
        if (!normal.startsWith(root)) {
            return original;
        }
        return normal.toUri().toASCIIString() + tail;
    }

    /** A scheme is letters, digits, +, -, . before a colon that comes before any '/', '?' or '#'. */
    static boolean hasScheme(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return false;
    }

    private static int firstIndexOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    /** Decodes %XX sequences as UTF-8; a malformed sequence stays as written. '+' stays '+'. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
                i++;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** Query and fragment are kept as written, except characters that are never legal in a URI. */
    private static String encodeTail(String tail) {
        StringBuilder out = new StringBuilder(tail.length());
        for (byte b : tail.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
