package app.quire.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's sections (decision 0246): every top folder under {@code content/} that holds posts, and every deeper
 * folder with an {@code _index} file, gets a list page at its path ({@code /posts/}, {@code /posts/2024/}). Its
 * title is the {@code _index} file's title, else the folder's name with a capital first letter, in the plural
 * unless {@code pluralizeListTitles = false} ("blog" lists as "Blogs"), as Hugo 0.111 titles it.
 */
final class HugoSections {
    private static final List<String> INDEX_NAMES = List.of("_index.md", "_index.markdown", "_index.html");

    private HugoSections() {
    }

    /**
     * The sections a post belongs to, outermost first, as paths under content/ ({@code posts},
     * {@code posts/2024}); empty for a file at the top of content/. {@code hasIndex} remembers folder checks.
     */
    static List<String> of(Path contentRoot, String source, boolean bundle, Map<String, Boolean> hasIndex) {
        if (!source.startsWith("content/")) {
            return List.of();
        }
        String rel = source.substring("content/".length());
        int slash = rel.lastIndexOf('/');
        String dir = slash < 0 ? "" : rel.substring(0, slash);
        if (bundle) { // a page bundle's folder is the page, not a section
            int up = dir.lastIndexOf('/');
            dir = up < 0 ? "" : dir.substring(0, up);
        }
        if (dir.isEmpty()) {
            return List.of();
        }
        String[] segs = dir.split("/");
        List<String> out = new ArrayList<>();
        out.add(segs[0]);
        StringBuilder path = new StringBuilder(segs[0]);
        for (int i = 1; i < segs.length; i++) {
            path.append('/').append(segs[i]);
            String p = path.toString();
            if (hasIndex.computeIfAbsent(p, k -> indexFile(contentRoot, k) != null)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The section's {@code _index} file, or null. */
    static Path indexFile(Path contentRoot, String section) {
        return indexFile(contentRoot.resolve(section));
    }

    /** The folder's {@code _index} file (which makes it a section), or null. */
    static Path indexFile(Path folder) {
        for (String name : INDEX_NAMES) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                return f;
            }
        }
        return null;
    }

    /** A section list page's title and the HTML of its {@code _index} file's body ("" when none). */
    record Heading(String title, String intro, String key) {
    }

    /** The section's title: its {@code _index} file's title, else Hugo's default from the folder name. */
    static String title(Site site, String section, List<Problem> problems) throws IOException {
        return heading(site, null, section, problems).title();
    }

    /**
     * The section's title and introduction: its {@code _index} file's title (else Hugo's default from the folder
     * name) and body, rendered as a Hugo post body is (shortcodes, raw HTML rules); {@code index} null renders
     * no introduction. The key changes with the file.
     */
    static Heading heading(Site site, PostIndex index, String section, List<Problem> problems) throws IOException {
        Path file = indexFile(site.root().resolve("content"), section);
        if (file == null) {
            return new Heading(defaultTitle(site, section), "", "");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = PostIndex.decode(bytes);
        String rel = "content/" + section + "/" + file.getFileName();
        PostMetadata meta = PostMetadata.read(text, rel, site.config().timezone(), problems);
        String title = meta.title() != null && !meta.title().isBlank() ? meta.title() : defaultTitle(site, section);
        String intro = "";
        Map.Entry<String, Integer> body = PostMetadata.body(text);
        if (index != null && !body.getKey().isBlank() && file.getFileName().toString().endsWith(".md")) {
            intro = HugoBody.html(site, index, rel, meta.data(), body.getKey(), body.getValue(),
                    HugoShortcodes.mayHave(body.getKey()), problems);
        }
        return new Heading(title, intro, InputKey.of(bytes));
    }

    /** Hugo's title of a section without one: its folder name, capitalised, in the plural unless turned off. */
    static String defaultTitle(Site site, String section) {
        String name = section.substring(section.lastIndexOf('/') + 1);
        Object pluralize = SiteConfig.lookup(site.config().raw(), "pluralizeListTitles");
        boolean plural = pluralize == null || !"false".equalsIgnoreCase(pluralize.toString().strip());
        return HugoTaxonomies.firstUpper(plural ? plural(name) : name);
    }

    // English plurals as Hugo 0.111 makes them for list titles, checked word by word against it (HugoSectionsTest);
    // only titles use them, never paths
    private static final Set<String> UNCOUNTABLE = Set.of("equipment", "information", "rice", "money", "species",
            "series", "fish", "sheep", "jeans", "police", "news", "data", "media");
    private static final Map<String, String> IRREGULAR = Map.of("person", "people", "man", "men", "woman", "women",
            "child", "children", "mouse", "mice", "louse", "lice", "ox", "oxen", "quiz", "quizzes", "photo", "photos");
    private static final String[][] RULES = {
        {"(octop|vir)us$", "$1i"}, {"(alias|status|campus)$", "$1es"}, {"(bu)s$", "$1ses"}, {"(ax|test)is$", "$1es"},
        {"sis$", "ses"}, {"ss$", "sses"}, {"s$", "s"}, {"(matr|vert|ind)(?:ix|ex)$", "$1ices"}, {"(x|ch|sh|z)$", "$1es"},
        {"([^aeiouy]|qu)y$", "$1ies"}, {"(?:([^f])fe|([lr])f)$", "$1$2ves"}, {"o$", "oes"}, {"([ti])um$", "$1a"},
    };
    private static final Pattern[] PATTERNS = new Pattern[RULES.length];

    static {
        for (int i = 0; i < RULES.length; i++) {
            PATTERNS[i] = Pattern.compile(RULES[i][0], Pattern.CASE_INSENSITIVE);
        }
    }

    /** The plural of a word: uncountable and irregular words first, then the first suffix rule, else +s. */
    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || UNCOUNTABLE.contains(lower)) {
            return word;
        }
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        for (int i = 0; i < PATTERNS.length; i++) {
            Matcher m = PATTERNS[i].matcher(word);
            if (m.find()) {
                return m.replaceFirst(RULES[i][1]);
            }
        }
        return word + "s";
    }
}
