package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post or page whose body is spliced into the rendered shell (decision 0155) is byte for byte the page the two
 * Liquid layouts make with the body as content; a site's own layouts are rendered through Liquid as before.
 */
class ThemeSpliceTest {
    private static final List<String> BODIES = List.of(
            "",
            "<p>Plain paragraph.</p>\n",
            "<p>{{ page.title }} and {% if x %}tags{% endif %} stay as text</p>",
            "<p>dollar $1 and back\\slash \\n, caf\u00e9 \u00fcber, emoji \ud83d\ude00, CJK \u6f22\u5b57</p>\n",
            "<p>a NUL \u0000 in the body</p>",
            "<p>the mark itself: " + Theme.CONTENT_MARK + " twice " + Theme.CONTENT_MARK + "</p>",
            "<pre><code>\n  indented\r\n\ttabbed\n</code></pre>\n".repeat(50));

    @TempDir
    Path temp;

    @Test
    void builtInLayoutsSpliceAndMatchTheLiquidRender() throws Exception {
        Theme theme = theme(temp.resolve("site"), Map.of());
        assertThat(theme.splices("post")).isTrue();
        assertThat(theme.splices("page")).isTrue();
        assertThat(theme.splices("home")).isFalse();
        assertAllEqual(theme);
    }

    @Test
    void titleHoldingTheMarkFallsBackToLiquid() throws Exception {
        Theme theme = theme(temp.resolve("site"), Map.of());
        for (String layout : List.of("post", "page")) {
            Map<String, Object> page = page(1);
            page.put("title", "x " + Theme.CONTENT_MARK + " y");
            page.put("excerpt", Theme.CONTENT_MARK);
            assertSame(theme, layout, page, "<p>body</p>");
        }
    }

    @Test
    void overriddenPostLayoutIsRenderedThroughLiquid() throws Exception {
        Theme theme = theme(temp.resolve("site"), Map.of("post",
                "<article>{% if page.content contains 'NUL' %}has{% endif %}{{ page.content | upcase }}"
                        + "{{ page.content | size }}{{ page.content }}</article>"));
        assertThat(theme.splices("post")).isFalse();
        assertThat(theme.splices("page")).isTrue();
        assertAllEqual(theme);
    }

    @Test
    void overriddenShellIsRenderedThroughLiquid() throws Exception {
        Theme theme = theme(temp.resolve("site"), Map.of("default",
                "<html>{{ content | strip_html | truncatewords: 3 }}|{{ content }}|{{ page.content | size }}</html>"));
        assertThat(theme.splices("post")).isFalse();
        assertThat(theme.splices("page")).isFalse();
        assertAllEqual(theme);
    }

    @Test
    void overrideThatCopiesTheBuiltInTextStillSplices() throws Exception {
        String builtIn = new String(Theme.class.getResourceAsStream("/app/quire/site/layouts/post.liquid")
                .readAllBytes(), StandardCharsets.UTF_8);
        Theme theme = theme(temp.resolve("site"), Map.of("post", builtIn));
        assertThat(theme.splices("post")).isTrue();
        assertAllEqual(theme);
    }

    private static void assertAllEqual(Theme theme) {
        for (String layout : List.of("post", "page")) {
            for (int variant = 0; variant < 4; variant++) {
                for (String body : BODIES) {
                    assertSame(theme, layout, page(variant), body);
                }
            }
        }
    }

    /** renderPage's bytes equal the UTF-8 of the two-layout Liquid render with the body as page.content. */
    private static void assertSame(Theme theme, String layout, Map<String, Object> page, String body) {
        Map<String, Object> expectedPage = new LinkedHashMap<>(page);
        expectedPage.put("content", body);
        String expected = theme.render(layout, vars(expectedPage));
        Map<String, Object> actualPage = new LinkedHashMap<>(page);
        byte[] actual = theme.renderPage(layout, vars(actualPage), actualPage, body);
        assertThat(new String(actual, StandardCharsets.UTF_8)).as(layout + " " + page.get("title"))
                .isEqualTo(expected);
        assertThat(actual).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(actualPage.get("content")).isEqualTo(body);
    }

    private static Theme theme(Path site, Map<String, String> overrides) throws Exception {
        Files.createDirectories(site);
        Files.writeString(site.resolve("quire.yaml"), "title: Splice <Test>\n");
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            Path f = site.resolve("_quire/layouts/" + o.getKey() + ".liquid");
            Files.createDirectories(f.getParent());
            Files.writeString(f, o.getValue());
        }
        List<Problem> problems = new ArrayList<>();
        Theme theme = Theme.load(Site.open(site), problems);
        assertThat(problems).isEmpty();
        return theme;
    }

    private static Map<String, Object> page(int variant) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", variant == 0 ? "Plain" : "Title <with> & \"quotes\" \u00e9");
        page.put("url", "/2021/12/10/post-" + variant + "/");
        if (variant > 0) {
            page.put("date_iso", "2021-12-10T00:00:00+10:00");
            page.put("date_display", "December 10, 2021");
            page.put("author", "Sam Example");
            page.put("excerpt", "An excerpt & more");
            page.put("heroimage", "/assets/images/hero.jpg");
            page.put("category_links", List.of(Map.of("name", "blog", "url", "/categories/blog/")));
            page.put("tag_links", List.of(Map.of("name", "a", "url", "/tags/a/"), Map.of("name", "b", "url", "/tags/b/")));
        }
        page.put("content", null);
        page.put("previous", variant == 2 ? null : Map.of("title", "Older <one>", "url", "/older/"));
        page.put("next", variant == 3 ? Map.of("title", "Newer", "url", "/newer/") : null);
        return page;
    }

    private static Map<String, Object> vars(Map<String, Object> page) {
        Map<String, Object> site = new HashMap<>();
        site.put("title", "Splice <Test>");
        site.put("url", "https://example.org");
        site.put("baseurl", page.get("title").equals("Plain") ? "" : "/blog");
        site.put("description", "A site");
        site.put("author", "Sam");
        Map<String, Object> vars = new HashMap<>();
        vars.put("site", site);
        vars.put("page", page);
        vars.put("nav", Map.of("categories", "/categories/", "tags", "/tags/"));
        return vars;
    }
}
