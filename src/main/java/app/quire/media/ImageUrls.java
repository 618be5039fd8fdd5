package app.quire.media;

import app.quire.site.SiteShape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The URL the built site serves an image file under, as written in Markdown: site-root ({@code /assets/...}) for
 * Jekyll and Hugo (Hugo's {@code static/} prefix dropped), relative to the post for a plain folder and for a Hugo page
 * bundle. Path segments are percent-encoded as UTF-8 (spaces, non-ASCII, parentheses).
 */
public final class ImageUrls {
    private ImageUrls() {
    }

    public static String urlFor(Path file, ImageTarget target) {
        Path f = file.toAbsolutePath().normalize();
        Path root = target.siteRoot();
        boolean relative = root == null || target.shape() == SiteShape.PLAIN || !f.startsWith(root)
                || target.shape() == SiteShape.HUGO && target.isHugoBundle() && f.startsWith(target.postDir());
        if (relative) {
            return encodePath(slashes(target.postDir().relativize(f)));
        }
        Path base = root;
        if (target.shape() == SiteShape.HUGO && f.startsWith(root.resolve("static"))) {
            base = root.resolve("static");
        }
        return "/" + encodePath(slashes(base.relativize(f)));
    }

    /** Percent-encodes each segment of a {@code /}-separated path, keeping the slashes. */
    public static String encodePath(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** Undoes {@link #encodePath} (and any other percent-encoding of UTF-8), leaving malformed escapes as written. */
    public static String decodePath(String url) {
        if (url.indexOf('%') < 0) {
            return url;
        }
        byte[] out = new byte[url.length() * 4];
        int n = 0;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%' && i + 2 < url.length() && Character.digit(url.charAt(i + 1), 16) >= 0
                    && Character.digit(url.charAt(i + 2), 16) >= 0) {
                out[n++] = (byte) Integer.parseInt(url.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out[n++] = b;
                }
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
