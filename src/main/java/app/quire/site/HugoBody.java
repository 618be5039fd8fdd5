package app.quire.site;

import app.quire.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Hugo post body as the export writes it: shortcodes expanded (decision 0227), then rendered, with raw HTML
 * left out when the site does not set goldmark's unsafe (decision 0235) and one warning for the post that lost
 * some. {@code quire check} asks the same question through {@link #rawHtmlProblems}.
 */
public final class HugoBody {
    private HugoBody() {
    }

    /**
     * The body's HTML; problems at the post's file lines.
     *
     * @param bodyStartLine the body's 0-based line in the file
     * @param expand        whether the body may hold shortcodes (the index's liquid flag)
     */
    static String html(Site site, PostIndex index, String source, Map<String, Object> frontMatter, String body,
            int bodyStartLine, boolean expand, List<Problem> problems) {
        List<int[]> spans = new ArrayList<>();
        String expanded = !expand ? body : HugoShortcodes.expand(body, source, bodyStartLine,
                HugoShortcodes.context(index, source, frontMatter, site.config(), false), problems, spans);
        if (!site.omitsRawHtml()) {
            return MarkdownRenderer.shared().toHtml(expanded);
        }
        OmittedHtml omitted = new OmittedHtml(expanded, spans);
        String html = MarkdownRenderer.shared().toHtml(expanded, omitted);
        if (omitted.first >= 0) {
            problems.add(Problem.warning(source, bodyStartLine + BodyLiquid.lineOf(body, omitted.first),
                    BodyLiquid.columnOf(body, omitted.first), OmittedHtml.MESSAGE));
        }
        return html;
    }

    /**
     * The raw HTML warning the export would give this post of a Hugo site (file left empty, lines of
     * {@code postText}); none when the site keeps raw HTML or the body has none.
     */
    public static List<Problem> rawHtmlProblems(PostIndex index, String source, String postText) {
        Site site = index.site();
        Map.Entry<String, Integer> split = PostMetadata.body(postText);
        if (site.shape() != SiteShape.HUGO || !site.omitsRawHtml() || split.getKey().indexOf('<') < 0) {
            return List.of();
        }
        List<Problem> all = new ArrayList<>();
        html(site, index, source, app.quire.post.Post.parse(postText).frontMatter().values(), split.getKey(),
                split.getValue(), HugoShortcodes.mayHave(split.getKey()), all);
        List<Problem> out = new ArrayList<>();
        for (Problem p : all) {
            if (p.message().equals(OmittedHtml.MESSAGE)) {
                out.add(new Problem("", p.line(), p.column(), p.severity(), p.message()));
            }
        }
        return out;
    }
}
