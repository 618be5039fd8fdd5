package app.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path site;
    Path posts;

    @BeforeEach
    void makeSite() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: Test site\n");
        posts = Files.createDirectories(site.resolve("_posts"));
        Files.createDirectories(site.resolve("assets/img"));
        Files.writeString(site.resolve("assets/img/there.png"), "png");
        Files.writeString(posts.resolve("2020-01-01-first.md"),
                "---\ntitle: First\ndate: 2020-01-01 10:00:00 +1000\nheroimage: /assets/img/there.png\n---\nHello.\n");
    }

    @Test
    void cleanSitePasses() {
        CliRun r = CliRun.run("check", site.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).isEmpty();
    }

    @Test
    void reportsEachProblemAsFileLineColumn() throws IOException {
        Path post = posts.resolve("2020-02-02-second.md");
        Files.writeString(post, String.join("\n",
                "---",
                "title: Second",
                "date: last tuesday",
                "heroimage: /assets/img/gone.png",
                "---",
                "",
                "An image ![ok](/assets/img/there.png) and ![gone](/assets/img/missing.png).",
                "A relative one ![rel](../assets/img/there.png) and a [good link](2020-01-01-first.md).",
                "A [bad link](no-such-post.md#part) and {% post_url 2020-01-01-first %} and {% post_url nope %}.",
                "`![in code](/nowhere.png)` stays quiet, so does [web](https://example.org/x.md).",
                "```",
                "![fenced](/nowhere.png)",
                "```",
                "<img src=\"/assets/img/also-missing.jpg\" alt=\"\">",
                "",
                "[ok]: /assets/img/there.png",
                "[gone]: /assets/img/ref-missing.gif",
                "[post]: 2020-01-01-first.md",
                "[nopost]: ../_posts/missing.md",
                "[site]: https://example.org/",
                ""));
        CliRun r = CliRun.run("check", site.toString());
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.out.split("\n")).containsExactly(
                post + ":3:1: date 'last tuesday' is not a date Jekyll or Hugo can read (e.g. 2021-12-10 00:00:00 +1000)",
                post + ":4:1: missing image /assets/img/gone.png",
                post + ":7:43: missing image /assets/img/missing.png",
                post + ":9:3: link to missing post no-such-post.md#part",
                post + ":9:76: post_url names no post: nope",
                post + ":14:1: missing image /assets/img/also-missing.jpg",
                post + ":17:9: missing image /assets/img/ref-missing.gif",
                post + ":19:11: link to missing post ../_posts/missing.md");
    }

    @Test
    void reportsHugoRefsThatFindNothingAndShortcodesQuireCannotRun(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path hugo = dir.resolve("hugo");
        Files.createDirectories(hugo.resolve("content/posts"));
        Files.writeString(hugo.resolve("hugo.toml"), "title = \"H\"\n");
        Files.writeString(hugo.resolve("content/posts/there.md"), "---\ntitle: There\ndate: 2024-01-01\n---\nHi.\n");
        Path post = hugo.resolve("content/posts/links.md");
        Files.writeString(post, "---\ntitle: Links\ndate: 2024-01-02\n---\n[ok]({{< ref \"there.md\" >}})\n"
                + "[gone]({{< relref \"gone.md\" >}}) {{< notice >}}x{{< /notice >}}\n");
        CliRun r = CliRun.run("check", hugo.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out.split("\n")).containsExactly(
                post + ":6:8: relref \"gone.md\" finds no post or page; left as written",
                post + ":6:34: shortcode 'notice' is not one Quire knows (a site's own shortcodes are not run); "
                        + "left as written");
    }

    @Test
    void reportsRawHtmlAHugoSiteLeavesOut(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path hugo = dir.resolve("hugo");
        Files.createDirectories(hugo.resolve("content/posts"));
        Files.writeString(hugo.resolve("hugo.toml"), "title = \"H\"\n");
        Path post = hugo.resolve("content/posts/html.md");
        Files.writeString(post, "---\ntitle: Html\n---\nPlain <https://example.org> link.\n\n"
                + "{{< figure src=\"/a.png\" alt=\"A\" >}}\n\nSome <b>bold</b> and <i>more</i>.\n");
        CliRun r = CliRun.run("check", hugo.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out.split("\n")).containsExactly(post + ":8:6: raw HTML left out of the page, as Hugo does by "
                + "default; to keep it, set [markup.goldmark.renderer] unsafe = true in the site config");

        Files.writeString(hugo.resolve("hugo.toml"), "title = \"H\"\n[markup.goldmark.renderer]\nunsafe = true\n");
        assertThat(CliRun.run("check", hugo.toString()).exit).isZero();
    }

    @Test
    void reportsImagesWithoutAltText() throws IOException {
        Path post = posts.resolve("2020-03-03-alt.md");
        Files.writeString(post, "---\ntitle: Alt\n---\n![](/assets/img/there.png) ![fine](/assets/img/there.png)\n"
                + "<img src=\"/assets/img/there.png\"> <img alt=\"\" src=\"/assets/img/there.png\">\n");
        CliRun r = CliRun.run("check", post.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out.split("\n")).containsExactly(
                post + ":4:1: image without alt text /assets/img/there.png",
                post + ":5:1: image without alt text /assets/img/there.png");
    }

    @Test
    void brokenFrontMatterAndUnreadableFiles() throws IOException {
        Path broken = Fixtures.copy("broken-yaml.md", posts);
        Path latin = Fixtures.copy("latin1.md", posts);
        CliRun r = CliRun.run("check", broken.toString(), latin.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).contains(broken + ":2:14: invalid YAML in front matter")
                .contains(latin + ":1:1: is not valid UTF-8");
    }

    @Test
    void siteRootIsThePostsFolderWithoutAConfig() throws IOException {
        Path loose = Files.createDirectories(site.resolve("loose"));
        Files.delete(site.resolve("_config.yml"));
        Files.writeString(loose.resolve("pic.png"), "png");
        Files.writeString(loose.resolve("note.md"), "![a](/pic.png) ![b](pic.png) ![c](/assets/img/there.png)\n");
        CliRun r = CliRun.run("check", loose.toString());
        assertThat(r.out.strip()).isEqualTo(loose.resolve("note.md") + ":1:30: missing image /assets/img/there.png");
    }

    @Test
    void missingPathIsBadUsage() {
        CliRun r = CliRun.run("check", site.resolve("nope").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("does not exist");
    }
}
