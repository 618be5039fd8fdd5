package app.quire.site;

import app.quire.post.PostDate;
import app.quire.post.PostDates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * A Hugo post's dates as Hugo 0.111 reads them (decision 0226; front matter keys in any case): the date is
 * {@code date}, else {@code publishDate}/{@code pubdate}/{@code published}, else {@code lastmod}/{@code modified},
 * else Hugo's zero date (year 1); the post is published from its publish date (else its date) and expires at
 * {@code expiryDate}/{@code unpublishdate}. A date keeps the offset it is written with; one without an offset is
 * in the site's zone.
 *
 * @param date the post's date, never null
 * @param publishAt when the post may appear, or null when its date says so
 * @param expiresAt when the post leaves the site, or null
 */
record HugoDates(ZonedDateTime date, Instant publishAt, Instant expiresAt) {
    /** What Hugo shows for a post without any date: 0001-01-01 00:00:00 UTC. */
    static final ZonedDateTime ZERO = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static HugoDates of(Map<String, Object> frontMatter, ZoneId zone) {
        ZonedDateTime date = first(frontMatter, zone, "date");
        ZonedDateTime publish = first(frontMatter, zone, "publishdate", "pubdate", "published");
        if (date == null) {
            date = publish != null ? publish : first(frontMatter, zone, "lastmod", "modified");
        }
        ZonedDateTime expiry = first(frontMatter, zone, "expirydate", "unpublishdate");
        return new HugoDates(date == null ? ZERO : date, publish == null ? null : publish.toInstant(),
                expiry == null ? null : expiry.toInstant());
    }

    /** The first of the keys (lower case) that holds a date, at the offset it is written with. */
    private static ZonedDateTime first(Map<String, Object> frontMatter, ZoneId zone, String... keys) {
        for (String key : keys) {
            for (Map.Entry<String, Object> e : frontMatter.entrySet()) {
                if (e.getValue() != null && e.getKey().toLowerCase(Locale.ROOT).equals(key)) {
                    String text = String.valueOf(e.getValue()).strip();
                    java.util.Optional<PostDate> parsed = PostDates.parse(text);
                    if (parsed.isPresent()) {
                        ZonedDateTime inZone = parsed.get().instant(zone).atZone(zone);
                        return parsed.get().offset().map(inZone::withZoneSameInstant).orElse(inZone);
                    }
                }
            }
        }
        return null;
    }
}
