package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quire.post.FrontMatterEditException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming a post whose URL changes keeps the old URL working when asked (decision 0238): Hugo's aliases, Jekyll's
 * redirect_from with the plugin; the front matter keeps every byte but the added entry.
 */
class RenameRedirectTest {
    @TempDir
    Path temp;

    private Path hugo(String config) throws Exception {
        Path site = temp.resolve("hugo");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"H\"\n" + config);
        return site;
    }

    @Test
    void hugoPostWithoutAliasesGetsTheOldUrlAddedAtTheEnd() throws Exception {
        Path site = hugo("");
        Path post = site.resolve("content/posts/old-name.md");
        String text = "---\ntitle:   \"Spaced  title\"   # a comment\ndate: 2024-01-02\ntags: [a, 'b']\n---\nBody.\n";
        Files.writeString(post, text);

        RenameRedirect.Offer offer = RenameRedirect.plan(Site.open(site), post, "New Name");

        assertThat(offer.availability()).isEqualTo(RenameRedirect.Availability.OFFERED);
        assertThat(offer.oldUrl()).isEqualTo("/posts/old-name/");
        assertThat(offer.newUrl()).isEqualTo("/posts/new-name/");
        assertThat(offer.key()).isEqualTo("aliases");
        Path moved = RenameRedirect.rename(offer, true);
        assertThat(moved).isEqualTo(site.resolve("content/posts/new-name.md"));
        assertThat(post).doesNotExist();
        assertThat(Files.readString(moved)).isEqualTo("---\ntitle:   \"Spaced  title\"   # a comment\ndate: 2024-01-02\n"
                + "tags: [a, 'b']\naliases: [/posts/old-name/]\n---\nBody.\n");

        // the export then writes a redirect page at the old address
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, ExportFixtures.options());
        assertThat(Files.readString(out.resolve("posts/old-name/index.html"))).contains("/posts/new-name/");
    }

    @Test
    void anExistingListKeepsItsStyleAndOnlyGainsTheEntry() {
        String flow = "---\ntitle: T\naliases: [\"/first/\", '/second/']  # kept\nx: 1\n---\nB";
        assertThat(RenameRedirect.withUrl(flow, "aliases", "/posts/old/"))
                .isEqualTo("---\ntitle: T\naliases: [\"/first/\", '/second/', \"/posts/old/\"]  # kept\nx: 1\n---\nB");
        String block = "---\r\ntitle: T\r\naliases:\r\n    - /first/   # one\r\n    - \"/second/\"\r\nx: 1\r\n---\r\nB";
        assertThat(RenameRedirect.withUrl(block, "aliases", "/posts/old/"))
                .isEqualTo("---\r\ntitle: T\r\naliases:\r\n    - /first/   # one\r\n    - \"/second/\"\r\n    - /posts/old/\r\n"
                        + "x: 1\r\n---\r\nB");
        String zeroIndent = "---\naliases:\n- '/first/'\n# trailing comment\n---\nB";
        assertThat(RenameRedirect.withUrl(zeroIndent, "aliases", "/posts/old/"))
                .isEqualTo("---\naliases:\n- '/first/'\n- '/posts/old/'\n# trailing comment\n---\nB");
        String scalar = "---\naliases: /first/\ntitle: T\n---\nB";
        assertThat(RenameRedirect.withUrl(scalar, "aliases", "/posts/old/"))
                .isEqualTo("---\naliases: [/first/, /posts/old/]\ntitle: T\n---\nB");
        String listed = "---\naliases: [/posts/old/]\n---\n";
        assertThat(RenameRedirect.withUrl(listed, "aliases", "/posts/old/")).isSameAs(listed);
    }

    @Test
    void tomlAndJsonFrontMatterAreNotOfferedAndSaySo() throws Exception {
        Path site = hugo("");
        Path toml = site.resolve("content/posts/toml-post.md");
        Files.writeString(toml, "+++\ntitle = \"T\"\n+++\nBody.\n");
        RenameRedirect.Offer offer = RenameRedirect.plan(Site.open(site), toml, "renamed");
        assertThat(offer.urlChanges()).isTrue();
        assertThat(offer.availability()).isEqualTo(RenameRedirect.Availability.NOT_OFFERED);
        assertThat(offer.why()).contains("TOML", "aliases = [\"/posts/toml-post/\"]");
        assertThatThrownBy(() -> RenameRedirect.withUrl(Files.readString(toml), "aliases", "/x/"))
                .isInstanceOf(FrontMatterEditException.class);
        // renaming still works, and leaves the file's text alone
        Path moved = RenameRedirect.rename(offer, true);
        assertThat(Files.readString(moved)).isEqualTo("+++\ntitle = \"T\"\n+++\nBody.\n");

        Path json = site.resolve("content/posts/json-post.md");
        Files.writeString(json, "{\n  \"title\": \"J\"\n}\nBody.\n");
        assertThat(RenameRedirect.plan(Site.open(site), json, "other").why()).contains("JSON", "\"aliases\": [");
    }

    @Test
    void noOfferWhenTheUrlStays() throws Exception {
        Path site = hugo("");
        Path slugged = site.resolve("content/posts/file-name.md");
        Files.writeString(slugged, "---\ntitle: S\nslug: fixed\n---\n");
        RenameRedirect.Offer offer = RenameRedirect.plan(Site.open(site), slugged, "another-name");
        assertThat(offer.urlChanges()).isFalse();
        assertThat(offer.availability()).isEqualTo(RenameRedirect.Availability.NOT_NEEDED);
        Path moved = RenameRedirect.rename(offer, true);
        assertThat(Files.readString(moved)).isEqualTo("---\ntitle: S\nslug: fixed\n---\n");
    }

    @Test
    void jekyllOnlyWithTheRedirectPlugin() throws Exception {
        Path site = temp.resolve("jekyll");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: J\npermalink: /:year/:title/\n");
        Path post = site.resolve("_posts/2024-03-04-first-name.md");
        Files.writeString(post, "---\ntitle: First\n---\nText.\n");
        RenameRedirect.Offer without = RenameRedirect.plan(Site.open(site), post, "second-name");
        assertThat(without.availability()).isEqualTo(RenameRedirect.Availability.NOT_OFFERED);
        assertThat(without.why()).contains("jekyll-redirect-from");

        Files.writeString(site.resolve("_config.yml"), "title: J\npermalink: /:year/:title/\nplugins:\n"
                + "  - jekyll-redirect-from\n");
        RenameRedirect.Offer with = RenameRedirect.plan(Site.open(site), post, "second-name");
        assertThat(with.availability()).isEqualTo(RenameRedirect.Availability.OFFERED);
        assertThat(with.key()).isEqualTo("redirect_from");
        assertThat(with.oldUrl()).isEqualTo("/2024/first-name/");
        Path moved = RenameRedirect.rename(with, true);
        assertThat(moved.getFileName().toString()).isEqualTo("2024-03-04-second-name.md");
        assertThat(Files.readString(moved)).isEqualTo("---\ntitle: First\nredirect_from: [/2024/first-name/]\n---\nText.\n");
        RenameRedirect.Offer again = RenameRedirect.plan(Site.open(site), moved, "first-name");
        assertThat(again.availability()).isEqualTo(RenameRedirect.Availability.OFFERED);
        assertThat(RenameRedirect.plan(Site.open(site), moved, "second-name").urlChanges()).isFalse();
    }

    @Test
    void declinedRenameLeavesTheTextAlone() throws Exception {
        Path site = hugo("");
        Path post = site.resolve("content/posts/a.md");
        Files.writeString(post, "---\ntitle: A\n---\n");
        Path moved = RenameRedirect.rename(RenameRedirect.plan(Site.open(site), post, "b"), false);
        assertThat(Files.readString(moved)).isEqualTo("---\ntitle: A\n---\n");
    }
}
