package app.quire.post.schema;

import app.quire.post.DateStyle;
import app.quire.post.FrontMatter;
import app.quire.post.PostDate;
import app.quire.post.PostDates;
import app.quire.post.PostNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Infers a {@link FrontMatterSchema} from a blog's posts: which keys they use and how often, each key's usual type,
 * the usual date style, the values in use (vocabularies) and the slugs taken. Reads only front matter blocks and
 * parses them in parallel; 5,000 posts take well under a second (see docs/front-matter-form.md).
 */
public final class SchemaInference {
    private static final System.Logger LOG = System.getLogger(SchemaInference.class.getName());
    private static final Set<String> HERO_KEYS = Set.of("heroimage", "hero_image", "heroImage", "image", "cover",
            "hero", "featured_image", "featuredImage", "thumbnail");
    private static final Set<String> TEXT_KEYS = Set.of("description", "excerpt", "summary");
    private static final Set<String> NO_VOCABULARY = Set.of("title", "slug", "permalink", "date", "lastmod",
            "description", "excerpt", "summary", "url", "redirect_from", "aliases");
    private static final int MAX_VOCABULARY = 1_000;

    /** What one post says, reduced to what the schema needs. */
    record PostFacts(Path file, List<String> keys, Map<String, Object> values, DateStyle dateStyle) {
    }

    private SchemaInference() {
    }

    /** Scans a blog folder (site root, {@code _posts}, {@code content} or a folder of .md files). */
    public static FrontMatterSchema infer(Path folder) {
        Path root = BlogPosts.siteRoot(folder).orElse(folder);
        List<Path> files;
        try {
            files = BlogPosts.find(Files.isDirectory(root.resolve("_posts")) || Files.isDirectory(root.resolve("content"))
                    ? root : folder);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not list posts in {0}: {1}", folder, e.getMessage());
            files = List.of();
        }
        List<PostFacts> facts = files.parallelStream().map(SchemaInference::read).flatMap(Optional::stream)
                .collect(Collectors.toList());
        return fromFacts(facts, layoutNames(root), BlogPosts.siteRoot(folder).orElse(null));
    }

    /** Infers from front matter blocks already in memory (file names may be null). */
    public static FrontMatterSchema inferFromBlocks(Map<Path, String> blocks) {
        List<PostFacts> facts = blocks.entrySet().parallelStream()
                .map(e -> facts(e.getKey(), FrontMatter.parseBlock(e.getValue()))).flatMap(Optional::stream)
                .collect(Collectors.toList());
        return fromFacts(facts, List.of(), null);
    }

    static Optional<PostFacts> read(Path file) {
        String block = BlogPosts.frontMatterBlock(file);
        return facts(file, FrontMatter.parseBlock(block));
    }

    private static Optional<PostFacts> facts(Path file, FrontMatter fm) {
        if (fm.kind() == FrontMatter.Kind.NONE || fm.problem().isPresent() && fm.kind() == FrontMatter.Kind.YAML) {
            return fm.kind() == FrontMatter.Kind.NONE ? Optional.empty()
                    : Optional.of(new PostFacts(file, List.copyOf(fm.keys()), Map.of(), null));
        }
        Map<String, Object> values = fm.values();
        DateStyle style = fm.date().map(PostDate::style).orElse(null);
        return Optional.of(new PostFacts(file, List.copyOf(values.keySet()), values, style));
    }

    private static List<String> layoutNames(Path root) {
        Path dir = root.resolve("_layouts");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(PostNames::stem).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not list {0}: {1}", dir, e.getMessage());
            return List.of();
        }
    }

    static FrontMatterSchema fromFacts(Collection<PostFacts> facts, List<String> layouts, Path siteRoot) {
        Map<String, Integer> usage = new HashMap<>();
        Map<String, Double> position = new HashMap<>();
        Map<String, EnumMap<FieldType, Integer>> types = new HashMap<>();
        Map<String, Map<String, Integer>> vocab = new HashMap<>();
        Map<DateStyle, Integer> styles = new HashMap<>();
        Map<String, List<Path>> slugs = new HashMap<>();
        for (PostFacts f : facts) {
            for (int i = 0; i < f.keys().size(); i++) {
                String key = f.keys().get(i);
                usage.merge(key, 1, Integer::sum);
                position.merge(key, (double) i / Math.max(1, f.keys().size()), Double::sum);
            }
            f.values().forEach((key, value) -> {
                types.computeIfAbsent(key, k -> new EnumMap<>(FieldType.class)).merge(typeOf(key, value), 1,
                        Integer::sum);
                String vocabKey = key.equals("category") ? "categories" : key.equals("tag") ? "tags" : key;
                if (!NO_VOCABULARY.contains(key)) {
                    for (String item : items(key, value)) {
                        vocab.computeIfAbsent(vocabKey, k -> new HashMap<>()).merge(item, 1, Integer::sum);
                    }
                }
            });
            if (f.dateStyle() != null) {
                styles.merge(f.dateStyle(), 1, Integer::sum);
            }
            slugOf(f).ifPresent(s -> slugs.computeIfAbsent(s, k -> new ArrayList<>()).add(f.file()));
        }
        for (String layout : layouts) {
            vocab.computeIfAbsent("layout", k -> new HashMap<>()).merge(layout, 0, Integer::sum);
        }
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        usage.keySet().stream()
                .sorted(Comparator.comparingDouble((String k) -> position.get(k) / usage.get(k))
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(key -> {
                    FieldType type = types.containsKey(key) ? types.get(key).entrySet().stream()
                            .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(FieldType.STRING)
                            : FieldType.STRING;
                    if (key.equals("layout") && type == FieldType.STRING) {
                        type = FieldType.CHOICE;
                    }
                    fields.put(key, new FieldSpec(key, type, key.equals("title"), "", List.of(), usage.get(key)));
                });
        fields.putIfAbsent("title", new FieldSpec("title", FieldType.STRING, true, "", List.of(), 0));
        if (!layouts.isEmpty()) {
            fields.putIfAbsent("layout", new FieldSpec("layout", FieldType.CHOICE, false, "", List.of(), 0));
        }
        Map<String, List<String>> vocabularies = new LinkedHashMap<>();
        vocab.forEach((key, counts) -> vocabularies.put(key, counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VOCABULARY).map(Map.Entry::getKey).collect(Collectors.toList())));
        DateStyle style = styles.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(DateStyle.JEKYLL);
        return new FrontMatterSchema(fields, vocabularies, slugs, style, siteRoot, SiteConfig.zone(siteRoot),
                facts.size(), SiteConfig.daysInSiteZone(siteRoot));
    }

    private static Optional<String> slugOf(PostFacts f) {
        Object slug = f.values().get("slug");
        if (slug instanceof String && !((String) slug).isBlank()) {
            return Optional.of(((String) slug).strip());
        }
        if (f.file() == null) {
            return Optional.empty();
        }
        String name = f.file().getFileName().toString();
        return Optional.of(PostNames.parseJekyll(name).map(PostNames.JekyllName::slug)
                .map(PostNames::stem).orElse(PostNames.stem(name)));
    }

    static FieldType typeOf(String key, Object value) {
        String k = key.toLowerCase(Locale.ROOT);
        if (value instanceof Boolean) {
            return FieldType.BOOL;
        }
        if (value instanceof Number) {
            return FieldType.NUMBER;
        }
        if (value instanceof Map) {
            return FieldType.NESTED;
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().allMatch(o -> o == null || o instanceof String || o instanceof Number
                    || o instanceof Boolean) ? FieldType.LIST : FieldType.NESTED;
        }
        if (k.equals("tags") || k.equals("categories") || k.equals("category") || k.equals("tag")) {
            return FieldType.LIST;
        }
        String s = value == null ? "" : String.valueOf(value);
        if (k.equals("date") || k.equals("lastmod") || s.length() >= 10 && Character.isDigit(s.charAt(0))
                && s.charAt(4) == '-' && PostDates.parse(s).isPresent()) {
            return FieldType.DATE;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (HERO_KEYS.contains(key) || lower.matches("\\S+\\.(png|jpe?g|gif|webp|svg|avif)")) {
            return FieldType.IMAGE;
        }
        if (TEXT_KEYS.contains(k) || s.contains("\n") || s.length() > 120) {
            return FieldType.TEXT;
        }
        return FieldType.STRING;
    }

    private static List<String> items(String key, Object value) {
        if (value instanceof List) {
            return ((List<?>) value).stream().filter(o -> o instanceof String || o instanceof Number)
                    .map(String::valueOf).filter(s -> !s.isBlank()).collect(Collectors.toList());
        }
        if (value instanceof String && !((String) value).isBlank()) {
            String s = ((String) value).strip();
            if (key.equals("tags") || key.equals("categories")) {
                return List.of(s.split("\\s+"));
            }
            FieldType t = typeOf(key, value);
            return t == FieldType.STRING || t == FieldType.LIST || t == FieldType.CHOICE ? List.of(s) : List.of();
        }
        return List.of();
    }
}
