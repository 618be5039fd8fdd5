package app.quire.ui.frontmatter;

import app.quire.post.FrontMatter;
import app.quire.post.PostDates;
import app.quire.post.schema.FieldSpec;
import app.quire.post.schema.FrontMatterSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validation of a post's front matter against the site schema, without JavaFX. Problems are advice shown beside
 * their field; they never block saving.
 */
public final class FrontMatterChecks {
    /** Longer titles are cut in search results. */
    public static final int TITLE_LIMIT = 60;
    /** Longer descriptions are cut in search results. */
    public static final int DESCRIPTION_LIMIT = 160;
    /** Front matter keys that name a post's hero image, most usual first. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final List<String> HERO_KEYS = List.of("heroimage", "hero_image", "heroImage", "image", "cover", "hero",
            "featured_image", "featuredImage");

    private FrontMatterChecks() {
    }

    /** Key to plain-sentence problem, in field order. {@code postFile} may be null (new, unsaved post). */
    public static Map<String, String> check(FrontMatter fm, FrontMatterSchema schema, Path postFile) {
        Map<String, String> out = new LinkedHashMap<>();
        if (fm.kind() == FrontMatter.Kind.TOML || fm.kind() == FrontMatter.Kind.JSON || fm.problem().isPresent()) {
            return out;
        }
        String title = fm.title().orElse("");
        if (title.isBlank()) {
            out.put("title", "The post has no title.");
        } else if (title.codePointCount(0, title.length()) > TITLE_LIMIT) {
            out.put("title", "Titles over " + TITLE_LIMIT + " characters are cut off in search results ("
                    + title.codePointCount(0, title.length()) + ").");
        }
        fm.dateText().filter(d -> PostDates.parse(d).isEmpty())
                .ifPresent(d -> out.put("date", "'" + d + "' is not a date; write it like 2021-12-10 08:30:00 +1000."));
        if (fm.has("date") && fm.get("date").isPresent() && fm.dateText().isEmpty()) {
            out.put("date", "The date should be one value like 2021-12-10 08:30:00 +1000.");
        }
        fm.description().filter(d -> d.codePointCount(0, d.length()) > DESCRIPTION_LIMIT)
                .ifPresent(d -> out.put(descriptionKey(fm, schema), "Descriptions over " + DESCRIPTION_LIMIT
                        + " characters are cut off in search results."));
        fm.slug().ifPresent(slug -> {
            List<Path> others = schema.slugOwners(slug).stream()
                    .filter(p -> postFile == null || !sameFile(p, postFile)).collect(Collectors.toList());
            if (!others.isEmpty()) {
                out.put("slug", "Another post already uses this slug: " + others.get(0).getFileName() + ".");
            }
        });
        if (!out.containsKey("date")) {
            fm.dateText().flatMap(d -> publishedDayNote(d, schema)).ifPresent(n -> out.put("date", n));
        }
        missingHero(fm, schema, postFile).ifPresent(e -> out.put(e.getKey(), e.getValue()));
        for (FieldSpec f : schema.fields()) {
            if (f.required() && !out.containsKey(f.key()) && isEmpty(fm, f.key())) {
                out.put(f.key(), "The site requires " + f.key() + ".");
            }
        }
        return out;
    }

    /**
     * In a Jekyll-style site a date with an offset is published on its day in the site's timezone (UTC when the
     * config names none), which is not always the day written: {@code 2021-12-10 00:00:00 +1000} is 9 December
     * in UTC. Says so, and how to keep the written day. Hugo keeps a date's own offset: no note there.
     */
    static Optional<String> publishedDayNote(String dateText, FrontMatterSchema schema) {
        Optional<ZoneId> siteZone = schema.publishZone();
        if (siteZone.isEmpty()) {
            return Optional.empty();
        }
        return PostDates.parse(dateText).filter(d -> d.offset().isPresent()).flatMap(d -> {
            ZoneId zone = siteZone.get();
            LocalDate published = d.instant(zone).atZone(zone).toLocalDate();
            if (published.equals(d.date())) {
                return Optional.empty();
            }
            String day = DAY.format(published);
            return Optional.of(schema.zone().isPresent()
                    ? "Published as " + day + ", the day in the site's timezone (" + zone.getId() + ")."
                    : "Published as " + day + " (UTC: the site names no timezone; set timezone: to keep this day).");
        });
    }

    /** The hero key and a problem when its local image is not there (a URL or an unresolvable path is fine). */
    private static Optional<Map.Entry<String, String>> missingHero(FrontMatter fm, FrontMatterSchema schema,
            Path postFile) {
        for (String key : HERO_KEYS) {
            if (fm.get(key).orElse(null) instanceof String) {
                String src = (String) fm.get(key).get();
                Path folder = postFile == null ? null : postFile.toAbsolutePath().getParent();
                return HeroImages.resolve(src, schema.siteRoot().orElse(null), folder)
                        .filter(file -> !Files.isRegularFile(file))
                        .map(file -> Map.entry(key, "No such image in this blog: the page would show it broken."));
            }
        }
        return Optional.empty();
    }

    private static boolean isEmpty(FrontMatter fm, String key) {
        Object v = fm.get(key).orElse(null);
        return v == null || v instanceof String && ((String) v).isBlank()
                || v instanceof List && ((List<?>) v).isEmpty() || v instanceof Map && ((Map<?, ?>) v).isEmpty();
    }

    static String descriptionKey(FrontMatter fm, FrontMatterSchema schema) {
        for (String k : List.of("description", "excerpt", "summary")) {
            if (fm.string(k).isPresent()) {
                return k;
            }
        }
        return schema.descriptionKey();
    }

    private static boolean sameFile(Path a, Path b) {
        return Objects.equals(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize());
    }
}
