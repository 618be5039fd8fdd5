package app.quire.site;

import app.quire.post.FrontMatterBounds;
import app.quire.post.FrontMatterProblem;
import app.quire.post.Post;
import app.quire.post.PostDates;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed front matter values for export, read from a post's text. THE ONE ADAPTER between the post package and
 * the site package: YAML ({@code ---}) is read with SnakeYAML, TOML ({@code +++}) with {@link SimpleToml}.
 * After the merge this is the only class to switch to the post package's typed front matter API
 * (see docs/decisions/0061-post-metadata-adapter.md).
 *
 * @param data every front matter key as read (dates as written), for {@code {{ page.* }}}
 * @param date null when the post has none (callers may fall back to the file name's date)
 * @param bodyStartLine 0-based line of the whole file at which the body starts
 */
public record PostMetadata(Map<String, Object> data, String title, ZonedDateTime date, ZonedDateTime lastModified,
        boolean draft, boolean published, List<String> categories, List<String> tags, String slug,
        String permalink, String url, String description, String author, String heroImage,
        String body, int bodyStartLine) {

    /**
     * Reads the front matter of a post's text. Problems (bad YAML, bad dates) are added with file lines.
     *
     * @param zone the site's timezone, used for date-only and offset-less dates
     */
    public static PostMetadata read(String text, String file, ZoneId zone, List<Problem> problems) {
        Map<String, Object> data;
        String body;
        int bodyStart;
        String fm = "";
        if (text.startsWith("+++\n") || text.startsWith("+++\r\n")) {
            int close = findClose(text, "+++");
            if (close < 0) {
                problems.add(Problem.error(file, 1, 1, "front matter opened with +++ is never closed"));
                return of(Map.of(), text, 0, "", file, zone, problems);
            }
            String toml = text.substring(text.indexOf('\n') + 1, close);
            SimpleToml parsed = SimpleToml.parse(toml);
            for (int line : parsed.skippedLines()) {
                problems.add(Problem.warning(file, line + 1, 1, "TOML construct not read by Quire; line ignored"));
            }
            data = parsed.asMap();
            int eol = text.indexOf('\n', close);
            int bodyOffset = eol < 0 ? text.length() : eol + 1;
            body = text.substring(bodyOffset);
            bodyStart = countLines(text, bodyOffset);
            fm = text.substring(0, close);
        } else {
            Split split = split(text);
            String block = split.block();
            body = split.body();
            bodyStart = split.bodyStartLine();
            fm = block;
            if (block.isEmpty()) {
                data = new LinkedHashMap<>();
                FrontMatterProblem unclosed = FrontMatterBounds.unclosedProblem(text);
                if (unclosed != null) {
                    problems.add(Problem.error(file, unclosed.line(), unclosed.column(), unclosed.message()));
                }
            } else if (split.json()) { // Hugo's JSON front matter: the object reads as YAML's flow style
                data = YamlReader.readMap(block, file, 0, problems);
            } else {
                int first = block.indexOf('\n') + 1;
                int last = block.lastIndexOf("\n", block.length() - 2);
                String yaml = last >= first ? block.substring(first, last + 1) : "";
                data = YamlReader.readMap(yaml, file, 1, problems);
            }
        }
        return of(data, body, bodyStart, fm, file, zone, problems);
    }

    /** The body and its 0-based first line, without reading the front matter (for rendering). */
    static Map.Entry<String, Integer> body(String text) {
        if (text.startsWith("+++\n") || text.startsWith("+++\r\n")) {
            int close = findClose(text, "+++");
            if (close < 0) {
                return Map.entry(text, 0);
            }
            int eol = text.indexOf('\n', close);
            int bodyOffset = eol < 0 ? text.length() : eol + 1;
            return Map.entry(text.substring(bodyOffset), countLines(text, bodyOffset));
        }
        Split split = split(text);
        return Map.entry(split.body(), split.bodyStartLine());
    }

    /** A text cut into front matter block and body, as {@link Post#parse} cuts it. */
    record Split(String block, String body, int bodyStartLine, boolean json) {
    }

    /** Cuts a post's text where {@link Post#parse} does, without composing its YAML (the index parses it once). */
    static Split split(String text) {
        FrontMatterBounds b = FrontMatterBounds.find(text);
        return b == null ? new Split("", text, 0, false)
                : new Split(text.substring(0, b.bodyStart()), text.substring(b.bodyStart()), b.bodyStartLine(),
                        b.kind() == app.quire.post.FrontMatter.Kind.JSON);
    }

    private static PostMetadata of(Map<String, Object> data, String body, int bodyStart, String fm, String file,
            ZoneId zone, List<Problem> problems) {
        String title = SiteConfig.str(data.get("title"), "");
        ZonedDateTime date = dateValue(data.get("date"), "date", fm, file, zone, problems);
        Object lm = data.containsKey("last_modified_at") ? data.get("last_modified_at") : data.get("lastmod");
        ZonedDateTime lastModified = dateValue(lm, "last_modified_at", fm, file, zone, problems);
        boolean draft = bool(data.get("draft"), false);
        boolean published = bool(data.get("published"), true);
        List<String> categories = new ArrayList<>();
        if (data.get("category") != null && !(data.get("category") instanceof List)) {
            categories.add(SiteConfig.str(data.get("category"), ""));
            categories.remove("");
        } else {
            categories.addAll(words(data.get("category")));
        }
        for (String c : words(data.get("categories"))) {
            if (!categories.contains(c)) {
                categories.add(c);
            }
        }
        List<String> tags = new ArrayList<>(words(data.get("tags")));
        String description = SiteConfig.str(data.get("description"),
                SiteConfig.str(data.get("excerpt"), SiteConfig.str(data.get("summary"), "")));
        String hero = SiteConfig.str(data.get("heroimage"), SiteConfig.str(data.get("image"),
                SiteConfig.str(data.get("cover"), "")));
        if (data.get("image") instanceof Map) {
            hero = SiteConfig.str(((Map<?, ?>) data.get("image")).get("path"), SiteConfig.str(data.get("heroimage"), ""));
        }
        return new PostMetadata(Collections.unmodifiableMap(data), title, date, lastModified, draft, published,
                List.copyOf(categories), List.copyOf(tags), nullIfBlank(data.get("slug")),
                nullIfBlank(data.get("permalink")), nullIfBlank(data.get("url")), description,
                SiteConfig.str(data.get("author"), ""), hero, body, bodyStart);
    }

    /**
     * Parses Jekyll/Hugo date forms (through the post core's {@link PostDates}); returns empty when the text is
     * not a date. Like Jekyll: the instant the author wrote, shown in the site's timezone; dates without an
     * offset are in the site's timezone.
     */
    public static Optional<ZonedDateTime> parseDate(String text, ZoneId zone) {
        return PostDates.parse(text).map(d -> d.instant(zone).atZone(zone));
    }

    private static ZonedDateTime dateValue(Object value, String key, String fm, String file, ZoneId zone,
            List<Problem> problems) {
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        Optional<ZonedDateTime> parsed = parseDate(String.valueOf(value), zone);
        if (parsed.isEmpty()) {
            int[] at = keyPosition(fm, key);
            problems.add(Problem.error(file, at[0], at[1], "cannot read " + key + " '" + value + "' as a date"));
            return null;
        }
        return parsed.get();
    }

    private static boolean bool(Object o, boolean fallback) {
        if (o instanceof Boolean) {
            return (Boolean) o;
        }
        if (o == null) {
            return fallback;
        }
        String s = String.valueOf(o).trim();
        return s.equalsIgnoreCase("true") ? true : s.equalsIgnoreCase("false") ? false : fallback;
    }

    /** A list value, or a string of space-separated words (Jekyll's rule for categories and tags). */
    static List<String> words(Object o) {
        if (o instanceof List) {
            return SiteConfig.strings(o);
        }
        if (o == null || String.valueOf(o).isBlank()) {
            return List.of();
        }
        // as trim().split("\\s+") without compiling that regex for every post: after trim() no separator is
        // at either end, so the words are the runs between separators ("" alone when nothing is left)
        String t = String.valueOf(o).trim();
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            if (regexSpace(t.charAt(i))) {
                out.add(t.substring(start, i));
                while (i + 1 < t.length() && regexSpace(t.charAt(i + 1))) {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(t.substring(start));
        return out;
    }

    /** The characters of the regex class \s: space, tab, newline, vertical tab, form feed, return. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String nullIfBlank(Object o) {
        String s = SiteConfig.str(o, "");
        return s.isEmpty() ? null : s;
    }

    private static int findClose(String text, String fence) {
        int pos = text.indexOf('\n') + 1;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            if (text.substring(pos, end).replace("\r", "").equals(fence)) {
                return pos;
            }
            pos = end + 1;
        }
        return -1;
    }

    /** 1-based line and column of a key's value in the front matter text, or 1:1 when not found. */
    static int[] keyPosition(String fm, String key) {
        String[] lines = fm.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith(key + ":") || l.startsWith(key + " =") || l.startsWith(key + "=")) {
                int col = l.indexOf(key.length() < l.length() && l.charAt(key.length()) == ':' ? ':' : '=') + 1;
                while (col < l.length() && l.charAt(col) == ' ') {
                    col++;
                }
                return new int[] {i + 1, col + 1};
            }
        }
        return new int[] {1, 1};
    }

    private static int countLines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
