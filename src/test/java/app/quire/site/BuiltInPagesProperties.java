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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The built-in home, archive, 404 and page layouts and the shell's site parts written out in Java
 * (BuiltInPages, BuiltInShell) are character for character what Liquid makes of the same layouts, for the
 * variables the exporter produces and odd ones it does not (those fall back to Liquid).
 */
class BuiltInPagesProperties {
    private static Path site;
    private static Theme theme;
    /** The same written-out pages on their own, to count how often the Java path is taken. */
    private static BuiltInPages pages;

    @BeforeContainer
    static void load() throws Exception {
        site = Files.createTempDirectory("builtin-pages");
        Files.writeString(site.resolve("quire.yaml"), "title: T\n");
        List<Problem> problems = new ArrayList<>();
        theme = Theme.load(Site.open(site), problems);
        assertThat(problems).isEmpty();
        Map<String, String> texts = new HashMap<>();
        for (String name : List.of("home", "archive", "404", "page", "default")) {
            texts.put(name, new String(Theme.class.getResourceAsStream("/app/quire/site/layouts/" + name + ".liquid")
                    .readAllBytes(), StandardCharsets.UTF_8));
        }
        pages = new BuiltInPages(new BuiltInPostPage(BuiltInPostPage.POST, texts.get("default")), texts);
    }

    @AfterContainer
    static void clean() throws Exception {
        Files.deleteIfExists(site.resolve("quire.yaml"));
        Files.deleteIfExists(site);
    }

    @Example
    void theShippedLayoutsAreWrittenOutAndNeedNoLiquid() throws Exception {
        assertThat(theme.needsLiquid()).isFalse();
        for (String name : List.of("home", "archive", "404", "page")) {
            String text = new String(Theme.class.getResourceAsStream("/app/quire/site/layouts/" + name + ".liquid")
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(InputKey.of(text)).as(name + ".liquid changed: update BuiltInPages and its key")
                    .isEqualTo(BuiltInPages.KEYS.get(name));
        }
    }

    @Example
    void aLayoutOfTheSitesOwnIsRenderedByLiquid() throws Exception {
        Path s = Files.createTempDirectory("override-home");
        Files.writeString(s.resolve("quire.yaml"), "title: T\n");
        Files.createDirectories(s.resolve("_quire/layouts"));
        Files.writeString(s.resolve("_quire/layouts/home.liquid"), "<x>{{ paginator.page }}</x>");
        Theme t = Theme.load(Site.open(s), new ArrayList<>());
        assertThat(t.needsLiquid()).isTrue();
        Map<String, Object> paginator = new HashMap<>();
        paginator.put("page", 3);
        Map<String, Object> vars = vars(Map.of("title", "S"), Map.of(), Map.of("url", "/page3/"));
        vars.put("paginator", paginator);
        assertThat(t.render("home", vars)).contains("<main id=\"content\" class=\"wrap\">\n<x>3</x>\n</main>");
    }

    @Provide
    Arbitrary<String> texts() {
        return ThemeTexts.texts();
    }

    @Provide
    Arbitrary<Object> maybeTexts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, texts().map(t -> (Object) t)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(7, true, false, List.of("x"), List.of()).map(o -> (Object) o)));
    }

    @Provide
    Arbitrary<Map<String, Object>> sites() {
        return Arbitraries.of("", "/blog", "/a b").flatMap(baseurl -> Arbitraries.of("", "https://example.org")
                .flatMap(url -> maybeTexts().tuple4().map(t -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    if (t.get1() != null) {
                        s.put("title", t.get1());
                    }
                    s.put("url", url);
                    s.put("baseurl", baseurl);
                    if (t.get2() != null) {
                        s.put("description", t.get2());
                    }
                    s.put("author", t.get3());
                    if (t.get4() != null) {
                        s.put("lang", t.get4());
                    }
                    return s;
                })));
    }

    @Provide
    Arbitrary<Map<String, Object>> navs() {
        Arbitrary<Map<String, Object>> link = texts().tuple2().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", t.get1());
            m.put("url", t.get2());
            return m;
        });
        return Arbitraries.integers().between(0, 3).flatMap(shape -> link.list().ofMaxSize(8).map(pages -> {
            Map<String, Object> nav = new HashMap<>();
            if ((shape & 1) != 0) {
                nav.put("categories", "/category/");
            }
            if ((shape & 2) != 0) {
                nav.put("tags", "/tags/");
            }
            if (!pages.isEmpty()) {
                nav.put("pages", pages);
            }
            return nav;
        }));
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> summaries() {
        Arbitrary<Map<String, Object>> link = texts().tuple2().map(t -> {
            Map<String, Object> m = new HashMap<>();
            m.put("name", t.get1());
            m.put("url", t.get2());
            return m;
        });
        Arbitrary<Map<String, Object>> summary = Arbitraries.lazy(() -> texts().tuple3()
                .flatMap(t -> maybeTexts().tuple3().flatMap(m -> link.list().ofMaxSize(3).map(links -> {
                    Map<String, Object> s = new HashMap<>();
                    s.put("title", t.get1());
                    s.put("url", t.get2());
                    if (m.get1() != null) {
                        s.put("date_iso", "2021-12-10T00:00:00+10:00");
                        s.put("date_display", "December 10, 2021");
                        s.put("date_short", "2021-12-10");
                    }
                    s.put("excerpt", m.get2());
                    s.put("heroimage", m.get3());
                    s.put("author", null);
                    s.put("category_links", links);
                    s.put("tag_links", List.of());
                    return s;
                }))));
        return summary.list().ofMaxSize(4);
    }

    @Property(tries = 1500)
    void homeEqualsTheLiquidRender(@ForAll("sites") Map<String, Object> siteVars, @ForAll("navs") Map<String, Object> nav,
            @ForAll("summaries") List<Map<String, Object>> posts, @ForAll("maybeTexts") Object previous,
            @ForAll("maybeTexts") Object next) {
        int page = Math.abs(posts.size() - 2) + 1;
        Map<String, Object> paginator = new HashMap<>();
        paginator.put("page", page);
        paginator.put("total_pages", page + posts.size() % 2);
        paginator.put("posts", posts);
        paginator.put("previous_page_path", previous);
        paginator.put("next_page_path", next);
        Map<String, Object> vars = vars(siteVars, nav, Map.of("url", page == 1 ? "/" : "/page" + page + "/"));
        vars.put("paginator", paginator);
        same("home", vars);
    }

    @Property(tries = 1500)
    void archiveEqualsTheLiquidRender(@ForAll("sites") Map<String, Object> siteVars, @ForAll("navs") Map<String, Object> nav,
            @ForAll("summaries") List<Map<String, Object>> posts, @ForAll("texts") String heading, @ForAll boolean terms,
            @ForAll("texts") String intro, @ForAll boolean withIntro) {
        Map<String, Object> archive = new HashMap<>();
        archive.put("heading", heading);
        if (withIntro) { // a Hugo section's _index body, as HTML (decision 0246)
            archive.put("intro", "<p>" + intro + "</p>");
        }
        if (terms) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Map<String, Object> p : posts) {
                Map<String, Object> t = new HashMap<>();
                t.put("name", p.get("title"));
                t.put("url", p.get("url"));
                t.put("count", list.size() + 1);
                list.add(t);
            }
            archive.put("terms", list);
        } else {
            archive.put("posts", posts);
        }
        Map<String, Object> vars = vars(siteVars, nav, Map.of("title", heading, "url", "/category/"));
        vars.put("archive", archive);
        same("archive", vars);
    }

    @Property(tries = 500)
    void notFoundAndPageEqualTheLiquidRender(@ForAll("sites") Map<String, Object> siteVars,
            @ForAll("navs") Map<String, Object> nav, @ForAll("maybeTexts") Object title, @ForAll("maybeTexts") Object excerpt,
            @ForAll("texts") String content) {
        same("404", vars(siteVars, nav, Map.of("title", "Page not found", "url", "/404.html")));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("url", "/about/");
        page.put("excerpt", excerpt);
        page.put("content", content);
        same("page", vars(siteVars, nav, page));
    }

    private static void same(String layout, Map<String, Object> vars) {
        String java = theme.render(layout, vars);
        String liquid = theme.liquidRender(layout, vars);
        boolean shell = BuiltInShell.siteParts((Map<?, ?>) vars.get("site"), vars.get("nav")) != null;
        Statistics.collect(layout, shell ? "shell written out" : "shell by Liquid",
                pages.render(layout, vars, (text, v) -> "") != null ? "page written out" : "page by Liquid");
        assertThat(java).isEqualTo(liquid);
    }

    private static Map<String, Object> vars(Map<String, Object> site, Map<String, Object> nav, Map<String, Object> page) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("site", site);
        vars.put("page", page);
        vars.put("nav", nav);
        return vars;
    }
}
