package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's config directory (decision 0250): files named after keys, production over _default, merged maps. */
class HugoConfigDirTest {
    @TempDir
    Path temp;

    @Test
    void filesAreKeysEnvironmentsOverlayAndOtherLanguagesAreLeftOut() throws Exception {
        Path root = temp.resolve("site");
        Path defaults = Files.createDirectories(root.resolve("config/_default"));
        Path production = Files.createDirectories(root.resolve("config/production"));
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("hugo.toml"), "title = \"Root\"\n[params]\n  a = 1\n  b = 1\n");
        Files.writeString(defaults.resolve("params.yaml"), "b: 2\nc: 2\n");
        Files.writeString(defaults.resolve("menus.de.toml"), "[[main]]\n  name = \"Start\"\n  url = \"/\"\n");
        Files.writeString(defaults.resolve("hugo.toml"), "defaultContentLanguage = \"de\"\n");
        Files.writeString(defaults.resolve("menus.en.toml"), "[[main]]\n  name = \"Home\"\n  url = \"/\"\n");
        Files.writeString(production.resolve("params.json"), "{\"c\": 3}\n");
        Files.writeString(defaults.resolve("notes.txt"), "not a config file\n");

        List<Problem> problems = new ArrayList<>();
        Site site = Site.open(root);
        assertThat(site.shape()).isEqualTo(SiteShape.HUGO);
        assertThat(site.problems()).isEmpty();
        assertThat(site.config().title()).isEqualTo("Root");
        assertThat(SiteConfig.map(site.config().raw().get("params"))).containsEntry("a", 1L).containsEntry("b", 2)
                .containsEntry("c", 3);
        assertThat(SiteConfig.map(site.config().raw().get("menus")).get("main"))
                .isEqualTo(List.of(Map.of("name", "Start", "url", "/")));
        assertThat(site.configFiles()).containsExactly("hugo.toml", "config/_default/hugo.toml",
                "config/_default/menus.de.toml", "config/_default/menus.en.toml", "config/_default/params.yaml",
                "config/production/params.json");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFolderWithOnlyAConfigDirectoryIsAHugoSite() throws Exception {
        Path root = temp.resolve("only-dir");
        Files.createDirectories(root.resolve("config/_default"));
        Files.writeString(root.resolve("config/_default/hugo.yaml"), "title: Dir\n");
        assertThat(Site.open(root).shape()).isEqualTo(SiteShape.HUGO);
        assertThat(Site.open(root).configFile()).isEqualTo("config/_default/hugo.yaml");
        Path empty = temp.resolve("empty-dir");
        Files.createDirectories(empty.resolve("config/_default"));
        assertThat(Site.open(empty).shape()).isEqualTo(SiteShape.PLAIN);
    }
}
