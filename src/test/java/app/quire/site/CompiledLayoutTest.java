package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liqp.TemplateParser;
import org.junit.jupiter.api.Test;

/** A layout rendered from its node tree built once gives what Liqp's own Template.render gives, every time. */
class CompiledLayoutTest {
    private static final List<String> LAYOUTS = List.of(
            "<h1>{{ page.title | escape }}</h1>{{ content }}",
            "{% for p in page.items %}{% cycle 'odd', 'even' %}:{{ forloop.index }}={{ p.name | upcase }} {% endfor %}",
            "{% assign n = page.items | size %}{% if n > 1 %}many{% elsif n == 1 %}one{% else %}none{% endif %}",
            "{% capture c %}[{{ page.title }}]{% endcapture %}{{ c }}{{ c | size }}{% increment k %}{% increment k %}",
            "{{ page.url | relative_url }} {{ page.url | absolute_url }} {{ page.date | date: '%Y-%m-%d' }}",
            "{% unless page.draft %}published{% endunless %}{% case page.kind %}{% when 'post' %}P{% else %}X{% endcase %}",
            "{{ page.items | map: 'name' | join: ', ' }} {{ page.missing | default: 'fallback' }}",
            "{% raw %}{{ not rendered }}{% endraw %} {{ page.content | strip_html | truncatewords: 3 }}");

    @Test
    void rendersLikeTemplateRenderAcrossRepeatedUse() {
        TemplateParser parser = LiquidFilters.parser();
        for (String text : LAYOUTS) {
            CompiledLayout compiled = new CompiledLayout(parser, text);
            for (int round = 0; round < 3; round++) {
                Map<String, Object> vars = vars(round);
                String expected = parser.parse(text).render(new HashMap<>(vars));
                assertThat(compiled.render(new HashMap<>(vars))).as(text + " round " + round).isEqualTo(expected);
            }
        }
    }

    private static Map<String, Object> vars(int round) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", "Post <" + round + "> & more");
        page.put("url", "/2021/12/10/post-" + round + "/");
        page.put("date", "2021-12-10T00:00:00+10:00");
        page.put("draft", round == 1);
        page.put("kind", round == 2 ? "page" : "post");
        page.put("content", "<p>One two three four five, round " + round + ".</p>");
        page.put("items", round == 0 ? List.of() : List.of(Map.of("name", "a" + round), Map.of("name", "b")));
        Map<String, Object> site = new HashMap<>();
        site.put("url", "https://example.org");
        site.put("baseurl", "/blog");
        Map<String, Object> vars = new HashMap<>();
        vars.put("page", page);
        vars.put("site", site);
        vars.put("content", page.get("content"));
        return vars;
    }
}
