package app.quire.markdown;

import app.quire.post.Post;
import app.quire.post.PostDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The article header (title, date, author, categories, hero image) shown above a post's body, from its front
 * matter. Shared by the preview and the standalone render.
 */
public final class ArticleHeaderHtml {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private ArticleHeaderHtml() {
    }

    public static String render(Post post, RenderContext context) {
        return render(post, context, null);
    }

    /**
     * As {@link #render(Post, RenderContext)}; with a {@code publishZone} (a Jekyll-style site's timezone, see
     * FrontMatterSchema.publishZone) a date with an offset shows the day the site publishes it on, as the export
     * does: {@code 2021-12-10 00:00:00 +1000} reads 9 December 2021 in a site on UTC.
     */
    public static String render(Post post, RenderContext context, java.time.ZoneId publishZone) {
        StringBuilder html = new StringBuilder("<header class=\"article-header\">");
        post.heroImage().ifPresent(src -> html.append("<img class=\"hero\" alt=\"\" src=\"")
                .append(escape(ImageSources.resolve(src, context))).append("\">"));
        post.title().ifPresent(t -> html.append("<h1 class=\"article-title\">").append(escape(t)).append("</h1>"));
        StringBuilder meta = new StringBuilder();
        post.date().ifPresentOrElse(d -> meta.append(time(d, publishZone)),
                () -> post.dateText().ifPresent(d -> meta.append("<time>").append(escape(d)).append("</time>")));
        post.author().ifPresent(a -> meta.append("<span class=\"author\">").append(escape(a)).append("</span>"));
        for (String c : post.categories()) {
            meta.append("<span class=\"category\">").append(escape(c)).append("</span>");
        }
        if (meta.length() > 0) {
            html.append("<p class=\"article-meta\">").append(meta).append("</p>");
        }
        return html.append("</header>").toString();
    }

    /** A readable date ("10 December 2021") with the machine-readable ISO value in its datetime attribute. */
    private static String time(PostDate date, java.time.ZoneId publishZone) {
        java.time.LocalDate day = publishZone == null || date.offset().isEmpty() ? date.date()
                : date.instant(publishZone).atZone(publishZone).toLocalDate();
        return "<time datetime=\"" + escape(date.toIso()) + "\">" + escape(READABLE.format(day)) + "</time>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
