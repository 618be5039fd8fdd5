package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TOML subset blog configs use, arrays of tables included (decision 0247). */
class SimpleTomlTest {
    @Test
    void arraysOfTablesBecomeListsOfMaps() {
        SimpleToml toml = SimpleToml.parse(String.join("\n", "title = \"T\"", "[[menu.main]]", "  name = \"Posts\"",
                "  pageRef = \"/posts\"", "  weight = 1", "[menu.main.params]", "  icon = \"list\"", "", "[[menu.main]]",
                "  name = \"About\"", "  url = \"/about/\"", "[[menu.footer]]", "  name = \"F\"", "[params]",
                "  description = \"D\"", ""));
        assertThat(toml.skippedLines()).isEmpty();
        Map<String, Object> menu = SiteConfig.map(toml.asMap().get("menu"));
        assertThat(menu.get("main")).isEqualTo(List.of(
                Map.of("name", "Posts", "pageRef", "/posts", "weight", 1L, "params", Map.of("icon", "list")),
                Map.of("name", "About", "url", "/about/")));
        assertThat(menu.get("footer")).isEqualTo(List.of(Map.of("name", "F")));
        assertThat(SiteConfig.map(toml.asMap().get("params"))).containsEntry("description", "D");
        assertThat(toml.asMap()).containsEntry("title", "T");
    }

    @Test
    void aBrokenHeaderIsSkippedAndItsKeysGoNowhere() {
        SimpleToml toml = SimpleToml.parse("a = 1\n[[broken]\nb = 2\n[ok]\nc = 3\n");
        assertThat(toml.skippedLines()).containsExactly(2);
        assertThat(toml.asMap()).containsEntry("a", 1L).doesNotContainKey("b").doesNotContainKey("broken");
        assertThat(SiteConfig.map(toml.asMap().get("ok"))).containsEntry("c", 3L);
    }
}
