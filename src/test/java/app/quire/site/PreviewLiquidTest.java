package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview renders a post's Liquid as the export does, and keeps it lined up with the editor. */
class PreviewLiquidTest {
    @TempDir
    Path temp;

    private static long lines(String s) {
        return s.chars().filter(c -> c == '\n').count();
    }

    @Test
    void rendersTheLiquidPostsCommonlyHoldAsTheExportDoes() throws Exception {
        Path site = copySite("jekyll", temp);
        Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        String text = Files.readString(post);

        String shown = PreviewLiquid.open(site).render(text, post);

        assertThat(shown).startsWith("---\ntitle: Liquid Features\n").as("front matter kept as written");
        assertThat(lines(shown)).as("still lines up with the editor").isEqualTo(lines(text));
        String html = MarkdownRenderer.shared().toHtml(shown.substring(shown.indexOf("\n---\n") + 5));
        // the same fragments as the exported page (JekyllExportTest): the preview shows what will be published
        assertThat(html).contains(ExportFixtures.LIQUID_FEATURES_HTML);
    }

    @Test
    void usesTheEditorsTextNotTheFileOnDisk() throws Exception {
        Path site = copySite("jekyll", temp);
        Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        String edited = "---\ntitle: Renamed in the editor\ndate: 2022-03-05 09:15:00 +1000\n---\n\n"
                + "Title: {{ page.title }}; url: {{ page.url }}\n";
        assertThat(PreviewLiquid.open(site).render(edited, post))
                .endsWith("Title: Renamed in the editor; url: /2022/03/05/liquid-features.html\n");
        // a post not saved yet is previewed as a post of the blog
        assertThat(PreviewLiquid.open(site).render("---\ntitle: New\n---\n{{ page.title }} on {{ site.title }}", null))
                .endsWith("New on Fixture Blog");
    }

    @Test
    void findsAPostAddedAfterTheFirstPreview() throws Exception {
        Path site = copySite("jekyll", temp);
        PreviewLiquid liquid = PreviewLiquid.open(site);
        String text = "---\ntitle: Links\n---\n[old]({% post_url 2021-12-10-serverless-badge %})\n";
        assertThat(liquid.render(text, null)).contains("(/blog/blog/2021/12/10/serverless-badge.html)");

        Files.writeString(site.resolve("_posts/2024-02-02-brand-new.md"), "---\ntitle: Brand new\n---\nHi.\n");
        Thread.sleep(2100); // the blog is read again at most every two seconds
        String linking = "---\ntitle: Links\n---\n[new]({% post_url 2024-02-02-brand-new %})\n";
        assertThat(liquid.render(linking, null)).contains("(/blog/2024/02/02/brand-new.html)");
        assertThat(liquid.render("---\ntitle: L\n---\n[x]({% post_url 2030-01-01-nothing %})\n", null))
                .as("a post that does not exist links nowhere").contains("[x](#)");
    }

    @Test
    void leavesTextWithoutLiquidHugoSitesAndBrokenLiquidAsWritten() throws Exception {
        Path jekyll = copySite("jekyll", temp.resolve("j"));
        PreviewLiquid liquid = PreviewLiquid.open(jekyll);
        String plain = "---\ntitle: Plain\n---\nNo templates here.\n";
        assertThat(liquid.render(plain, null)).isSameAs(plain);
        String broken = "---\ntitle: Broken\n---\n{% if %}unclosed\n";
        assertThat(liquid.render(broken, null)).isEqualTo(broken);
        String fmOnly = "---\ntitle: \"{{ not body }}\"\n---\nBody.\n";
        assertThat(liquid.render(fmOnly, null)).isSameAs(fmOnly);

        String huge = "---\ntitle: Huge\n---\n" + "{{ site.title }} ".repeat(PreviewLiquid.MAX_BODY_CHARS / 16 + 1);
        assertThat(liquid.render(huge, null)).as("too long to render on every keystroke").isSameAs(huge);

        Path hugo = copySite("hugo", temp.resolve("h"));
        String text = "---\ntitle: H\n---\n{{ site.title }}\n";
        assertThat(PreviewLiquid.open(hugo).render(text, null)).isSameAs(text);
    }
}
