package app.quire.site;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The URL each generator would give a post, and the output file for a URL. URLs here are site paths without the
 * baseurl ({@code /blog/2021/12/10/x.html}); templates add the baseurl with {@code relative_url}.
 * Hostile results ({@code ..} segments, backslashes, control characters) are refused.
 */
public final class Permalinks {
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private Permalinks() {
    }

    /** What a pattern is expanded from. */
    public record Parts(ZonedDateTime date, String title, String fileSlug, String slug, List<String> categories,
            String section, String sections) {
        /** Parts of a post in a single-level section (or none). */
        public Parts(ZonedDateTime date, String title, String fileSlug, String slug, List<String> categories,
                String section) {
            this(date, title, fileSlug, slug, categories, section, section);
        }
    }

    /**
     * What Jekyll appends to the default URL pattern of a page or collection document for the site's
     * {@code permalink} style (its Utils.add_permalink_suffix): {@code /} for {@code pretty} or a pattern ending
     * in {@code /}, {@code :output_ext} for {@code date} (the default), {@code ordinal}, {@code weekdate},
     * {@code none} or a pattern ending in {@code :output_ext}, nothing for other patterns.
     */
    static String jekyllEnding(Object permalinkStyle) {
        String style = permalinkStyle == null ? "date" : String.valueOf(permalinkStyle).strip();
        return switch (style) {
            case "pretty" -> "/";
            case "date", "ordinal", "weekdate", "none", "" -> ":output_ext";
            default -> style.endsWith("/") ? "/" : style.endsWith(":output_ext") ? ":output_ext" : "";
        };
    }

    /** Expands a {@code :placeholder} pattern the way the given generator does. */
    public static String expand(String pattern, Parts p, SiteShape shape) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), p, shape);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        if (shape == SiteShape.HUGO) {
            return HugoPaths.finish(out.toString());
        }
        String url = collapseSlashes(out.toString());
        return url.startsWith("/") ? url : "/" + url;
    }

    private static String value(String name, Parts p, SiteShape shape) {
        return shape == SiteShape.HUGO ? hugoValue(name, p) : jekyllValue(name, p);
    }

    /** Hugo 0.111's permalink placeholders; text values cleaned as Hugo cleans them (an empty title stays empty). */
    private static String hugoValue(String name, Parts p) {
        ZonedDateTime d = p.date();
        switch (name) {
            case "year": return Integer.toString(d.getYear()); // "1" for a post without any date
            case "month": return String.format("%02d", d.getMonthValue());
            case "monthname": return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day": return String.format("%02d", d.getDayOfMonth());
            case "weekday": return Integer.toString(d.getDayOfWeek().getValue() % 7);
            case "weekdayname": return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "yearday": return Integer.toString(d.getDayOfYear());
            case "section": return HugoPaths.clean(p.section());
            case "sections": return HugoPaths.clean(p.sections());
            case "title": return HugoPaths.clean(p.title());
            case "slug": return HugoPaths.clean(p.slug() != null ? p.slug() : p.title());
            case "slugorfilename": return HugoPaths.clean(p.slug() != null ? p.slug() : p.fileSlug());
            case "filename": return HugoPaths.clean(p.fileSlug());
            default: return null;
        }
    }

    private static String jekyllValue(String name, Parts p) {
        ZonedDateTime d = p.date();
        switch (name) {
            case "year": return String.format("%04d", d.getYear());
            case "month": return String.format("%02d", d.getMonthValue());
            case "day": return String.format("%02d", d.getDayOfMonth());
            case "i_month": return Integer.toString(d.getMonthValue());
            case "i_day": return Integer.toString(d.getDayOfMonth());
            case "short_year": return String.format("%02d", d.getYear() % 100);
            case "hour": return String.format("%02d", d.getHour());
            case "minute": return String.format("%02d", d.getMinute());
            case "second": return String.format("%02d", d.getSecond());
            case "y_day": return String.format("%03d", d.getDayOfYear());
            case "week": return String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "short_day": return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_month": return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "short_month": return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "output_ext": return ".html";
            case "categories":
                return p.categories().stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct()
                        .collect(Collectors.joining("/"));
            case "section": return p.section();
            case "filename": return p.fileSlug();
            case "name": return p.fileSlug();
            case "title": return Slugs.jekyllPretty(p.slug() != null ? p.slug() : p.fileSlug());
            case "slug": return Slugs.jekyllDefault(p.slug() != null ? p.slug() : p.fileSlug());
            default: return null;
        }
    }

    /** Runs of '/' made into one (as {@code replaceAll("/{2,}", "/")}, without a regex per URL). */
    static String collapseSlashes(String s) {
        if (!s.contains("//")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The output file (relative, '/'-separated) for a site URL, or null when the URL would leave the output
     * folder or is not a plain path. URLs ending in '/' get index.html; a last segment without a dot gets
     * ".html" on Jekyll sites (as Jekyll writes it) and "/index.html" elsewhere.
     */
    public static String outputPath(String url, SiteShape shape) {
        String path = decode(url);
        if (path == null || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0 && path.matches("(?s).*(^|/)[A-Za-z]:.*")) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return null;
            }
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.equals("..") || s.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES - ".html".length()) {
                return null;
            }
            if (!s.isEmpty() && !s.equals(".")) {
                segments.add(s);
            }
        }
        String joined = String.join("/", segments);
        if (joined.isEmpty() || path.endsWith("/")) {
            return joined.isEmpty() ? "index.html" : joined + "/index.html";
        }
        String last = segments.get(segments.size() - 1);
        if (last.contains(".")) {
            return joined;
        }
        return shape == SiteShape.JEKYLL ? joined + ".html" : joined + "/index.html";
    }

    /** Longest file or folder name most file systems take (ext4, APFS, NTFS: 255). */
    static final int MAX_NAME_BYTES = 255;

    /** Why {@link #outputPath} refuses a URL, in words for the writer (call it only when it returned null). */
    static String refusal(String url) {
        String path = decode(url);
        if (path == null) {
            return "URL '" + url + "' has a broken %-escape";
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return "URL '" + printable(url) + "' contains a control character, which cannot be in a file name";
            }
        }
        for (String s : path.split("/")) {
            if (s.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES - ".html".length()) {
                return "URL '" + url.substring(0, Math.min(url.length(), 60)) + "...' has a part longer than "
                        + (MAX_NAME_BYTES - ".html".length()) + " bytes, too long for a file name";
            }
        }
        return "URL '" + url + "' would be written outside the output folder";
    }

    /** The text with control characters shown as {@code \\uXXXX}, so a message never prints them raw. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes a site path for use in href (keeps '/', unreserved and sub-delimiter characters). */
    public static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Decodes %XX escapes; null when the escapes are broken. */
    static String decode(String url) {
        if (url.indexOf('%') < 0) {
            return url;
        }
        try {
            return java.net.URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
