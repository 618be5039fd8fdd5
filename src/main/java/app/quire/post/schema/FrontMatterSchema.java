package app.quire.post.schema;

import app.quire.post.DateStyle;
import app.quire.post.FrontMatter;
import app.quire.post.PostDate;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter a blog uses: fields in their usual order with types, the date style, the vocabularies of values
 * in use (authors, categories, tags, layouts...), which key it uses for categories / hero image / description,
 * and which post owns which slug. Built by {@link SchemaInference} and {@link ExplicitSchema#applyTo}; immutable.
 */
public final class FrontMatterSchema {
    private final Map<String, FieldSpec> fields;
    private final Map<String, List<String>> vocabularies;
    private final Map<String, List<Path>> slugOwners;
    private final DateStyle dateStyle;
    private final Path siteRoot;
    private final ZoneId zone;
    private final int postCount;
    private final boolean daysInSiteZone;

    FrontMatterSchema(Map<String, FieldSpec> fields, Map<String, List<String>> vocabularies,
            Map<String, List<Path>> slugOwners, DateStyle dateStyle, Path siteRoot, ZoneId zone, int postCount) {
        this(fields, vocabularies, slugOwners, dateStyle, siteRoot, zone, postCount, false);
    }

    FrontMatterSchema(Map<String, FieldSpec> fields, Map<String, List<String>> vocabularies,
            Map<String, List<Path>> slugOwners, DateStyle dateStyle, Path siteRoot, ZoneId zone, int postCount,
            boolean daysInSiteZone) {
        this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Map<String, List<String>> v = new LinkedHashMap<>();
        vocabularies.forEach((k, list) -> v.put(k, List.copyOf(list)));
        this.vocabularies = java.util.Collections.unmodifiableMap(v);
        this.slugOwners = Map.copyOf(slugOwners);
        this.dateStyle = dateStyle;
        this.siteRoot = siteRoot;
        this.zone = zone;
        this.postCount = postCount;
        this.daysInSiteZone = daysInSiteZone;
    }

    /** A schema knowing nothing about the site: the usual blog keys, Jekyll date style. */
    public static FrontMatterSchema empty() {
        Map<String, FieldSpec> f = new LinkedHashMap<>();
        f.put("title", FieldSpec.of("title", FieldType.STRING).withRequired(true));
        f.put("date", FieldSpec.of("date", FieldType.DATE));
        return new FrontMatterSchema(f, Map.of(), Map.of(), DateStyle.JEKYLL, null, null, 0);
    }

    /** Inference from a blog folder plus the explicit schema of its config, which wins. */
    public static FrontMatterSchema load(Path folder) {
        FrontMatterSchema inferred = SchemaInference.infer(folder);
        return inferred.siteRoot().map(ExplicitSchema::read).orElse(ExplicitSchema.NONE).applyTo(inferred);
    }

    /** Fields in their usual order (most used first, config fields first when declared). */
    public Collection<FieldSpec> fields() {
        return fields.values();
    }

    public Optional<FieldSpec> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Known values of a key, most used first (e.g. "author", "categories", "tags", "layout"). */
    public List<String> vocabulary(String key) {
        List<String> fixed = field(key).map(FieldSpec::choices).orElse(List.of());
        List<String> seen = vocabularies.getOrDefault(key, List.of());
        if (fixed.isEmpty()) {
            return seen;
        }
        if (field(key).map(f -> f.type() == FieldType.CHOICE).orElse(false)) {
            return fixed;
        }
        List<String> all = new ArrayList<>(fixed);
        seen.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }

    public List<String> authors() {
        return vocabulary("author");
    }

    /** Categories used under either {@code category} or {@code categories}. */
    public List<String> categories() {
        return vocabulary("categories");
    }

    public List<String> tags() {
        return vocabulary("tags");
    }

    /** Layout names: {@code _layouts/*.html} plus values used in posts. */
    public List<String> layouts() {
        return vocabulary("layout");
    }

    /** The date style most posts use ({@link DateStyle#JEKYLL} when unknown). */
    public DateStyle dateStyle() {
        return dateStyle;
    }

    /** "category" when most posts use a single {@code category:} key, else "categories". */
    public String categoryKey() {
        return usage("category") > usage("categories") ? "category" : "categories";
    }

    /** The key the blog uses for hero images ({@code image} when none is in use). */
    public String heroKey() {
        String best = null;
        for (FieldSpec f : fields.values()) {
            if (f.type() == FieldType.IMAGE && (best == null || f.usage() > usage(best))) {
                best = f.key();
            }
        }
        return best == null ? "image" : best;
    }

    /** The key the blog uses for a summary ({@code description} when none is in use). */
    public String descriptionKey() {
        String best = "description";
        for (String k : List.of("excerpt", "summary")) {
            if (usage(k) > usage(best)) {
                best = k;
            }
        }
        return best;
    }

    /** True when the blog's posts (or its config) use a {@code slug} key. */
    public boolean usesSlug() {
        return fields.containsKey("slug");
    }

    /** The posts whose slug (slug key or Jekyll file name) is {@code slug}. */
    public List<Path> slugOwners(String slug) {
        return slugOwners.getOrDefault(slug, List.of());
    }

    public Optional<Path> siteRoot() {
        return Optional.ofNullable(siteRoot);
    }

    /** The site's time zone ({@code timezone:} in {@code _config.yml}), if it names one. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /**
     * The zone in which the site publishes a post's day: present for a Jekyll-style site (a {@code _config.yml}
     * or {@code quire.yaml}), which shows a date with an offset on its day in the site's timezone, UTC when it
     * names none ({@code 2021-12-10 00:00:00 +1000} is 9 December in UTC). Empty where a date keeps its own
     * offset (Hugo) or the site is unknown. Read when the schema is loaded, off the FX thread.
     */
    public Optional<ZoneId> publishZone() {
        return daysInSiteZone ? Optional.of(zone == null ? java.time.ZoneOffset.UTC : zone) : Optional.empty();
    }

    public int postCount() {
        return postCount;
    }

    private int usage(String key) {
        FieldSpec f = fields.get(key);
        return f == null ? 0 : f.usage();
    }

    Map<String, FieldSpec> fieldMap() {
        return fields;
    }

    Map<String, List<String>> vocabularyMap() {
        return vocabularies;
    }

    Map<String, List<Path>> slugOwnerMap() {
        return slugOwners;
    }

    /** The same schema with another field map. */
    FrontMatterSchema withFields(Map<String, FieldSpec> newFields) {
        return new FrontMatterSchema(newFields, vocabularies, slugOwners, dateStyle, siteRoot, zone, postCount,
                daysInSiteZone);
    }

    FrontMatterSchema withDateStyle(DateStyle style) {
        return new FrontMatterSchema(fields, vocabularies, slugOwners, style, siteRoot, zone, postCount,
                daysInSiteZone);
    }

    /** The same schema for another site folder (where hero images resolve and get copied to). */
    public FrontMatterSchema withSiteRoot(Path root) {
        return new FrontMatterSchema(fields, vocabularies, slugOwners, dateStyle, root, zone, postCount,
                daysInSiteZone && java.util.Objects.equals(root, siteRoot));
    }

    /**
     * A front matter block ({@code ---} lines included, ending with a line break) for a new post in the site's
     * style: the title, the date {@code now} in the site's date style, and the keys most posts use, with their
     * defaults (config default, else the most used value for author and layout) or empty.
     */
    public String templateFor(String title, ZonedDateTime now) {
        FrontMatter fm = FrontMatter.parseBlock("");
        List<FieldSpec> keys = new ArrayList<>();
        for (FieldSpec f : fields.values()) {
            boolean usual = postCount == 0 || f.usage() * 2 >= postCount;
            if (f.required() || !f.defaultValue().isEmpty() || usual || f.key().equals("title")
                    || f.key().equals("date")) {
                keys.add(f);
            }
        }
        if (keys.stream().noneMatch(f -> f.key().equals("title"))) {
            keys.add(0, FieldSpec.of("title", FieldType.STRING));
        }
        if (keys.stream().noneMatch(f -> f.key().equals("date"))) {
            keys.add(Math.min(1, keys.size()), FieldSpec.of("date", FieldType.DATE));
        }
        for (FieldSpec f : keys) {
            fm = withTemplateValue(fm, f, title, now);
        }
        return fm.block();
    }

    private FrontMatter withTemplateValue(FrontMatter fm, FieldSpec f, String title, ZonedDateTime now) {
        String key = f.key();
        if (key.equals("title")) {
            return fm.set(key, title == null ? "" : title);
        }
        if (f.type() == FieldType.DATE) {
            return fm.set(key, PostDate.of(now.toOffsetDateTime().withNano(0), dateStyle));
        }
        String value = f.defaultValue();
        if (value.isEmpty() && (key.equals("author") || key.equals("layout")) && !vocabulary(key).isEmpty()) {
            value = vocabulary(key).get(0);
        }
        if (key.equals("slug") && value.isEmpty()) {
            value = app.quire.post.Slug.of(title);
        }
        switch (f.type()) {
            case BOOL:
                return fm.set(key, Boolean.parseBoolean(value.isEmpty() ? "false" : value));
            case LIST:
                return value.isEmpty() ? withRawLine(fm, key + ": []") : fm.set(key, List.of(value.split("\\s*,\\s*")));
            case NESTED:
                return withRawLine(fm, key + ":");
            default:
                return value.isEmpty() ? withRawLine(fm, key + ":") : fm.set(key, value);
        }
    }

    /** Appends one literal line before the closing delimiter. */
    private static FrontMatter withRawLine(FrontMatter fm, String line) {
        String nl = fm.newline();
        if (fm.kind() == FrontMatter.Kind.NONE) {
            return FrontMatter.parseBlock("---" + nl + line + nl + "---" + nl);
        }
        String block = fm.block();
        String open = block.substring(0, block.indexOf('\n') + 1);
        String close = block.substring(open.length() + fm.content().length());
        return FrontMatter.parseBlock(open + fm.content() + line + nl + close);
    }

    @Override
    public String toString() {
        return "FrontMatterSchema" + fields.keySet() + " posts=" + postCount;
    }
}
