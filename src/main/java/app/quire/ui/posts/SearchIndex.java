package app.quire.ui.posts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * In-memory full-text search over post titles and bodies: each post's text folded once (lower case, accents
 * removed), a query matches when every word of it occurs in the title or body. Plain Java; build it off the
 * FX thread. Immutable once built, so searches may run on any thread.
 */
public final class SearchIndex {
    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Map<Path, String> titles;
    private final Map<Path, String> bodies;

    private SearchIndex(Map<Path, String> titles, Map<Path, String> bodies) {
        this.titles = titles;
        this.bodies = bodies;
    }

    /** An index of titles only (bodies not read yet). */
    public static SearchIndex titlesOnly(List<SidebarItem> items) {
        Map<Path, String> t = new HashMap<>();
        items.forEach(i -> t.put(i.path(), fold(i.title())));
        return new SearchIndex(t, Map.of());
    }

    /** Reads every post (in parallel) and indexes title and body. Unreadable files are indexed by title. */
    public static SearchIndex build(List<SidebarItem> items) {
        Map<Path, String> t = new HashMap<>();
        items.forEach(i -> t.put(i.path(), fold(i.title())));
        Map<Path, String> b = items.parallelStream().collect(Collectors.toConcurrentMap(SidebarItem::path,
                i -> fold(read(i.path())), (x, y) -> x));
        return new SearchIndex(t, Map.copyOf(b));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "not indexing the body of " + file, e);
            return "";
        }
    }

    /** True when the bodies are indexed too. */
    public boolean hasBodies() {
        return !bodies.isEmpty() || titles.isEmpty();
    }

    /** The query's words, folded; empty for a blank query. */
    public static List<String> words(String query) {
        String q = fold(query == null ? "" : query).strip();
        return q.isEmpty() ? List.of() : Arrays.asList(SPACE.split(q));
    }

    /** True when every word occurs in the post's title or body. */
    public boolean matches(SidebarItem item, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String title = titles.getOrDefault(item.path(), fold(item.title()));
        String body = bodies.getOrDefault(item.path(), "");
        for (String w : words) {
            if (!title.contains(w) && !body.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The posts among {@code items} that match, in the same order. */
    public List<SidebarItem> search(List<SidebarItem> items, String query) {
        List<String> words = words(query);
        List<SidebarItem> out = new ArrayList<>();
        for (SidebarItem i : items) {
            if (matches(i, words)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The paths indexed (for tests). */
    Set<Path> paths() {
        return titles.keySet();
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
