package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The flat front matter fast path (decision 0156) gives exactly SnakeYAML's map, value types included, whenever
 * it answers at all; it answers for the front matter real posts have.
 */
class FlatYamlProperties {
    private static final YamlReader.TextTimestamps RESOLVER = new YamlReader.TextTimestamps();

    /** Values chosen to sit on the edges of YAML's rules. */
    private static final List<String> VALUES = List.of("", "x", "Hello World", "2021-12-10 00:00:00 +1000",
            "2021-12-10", "2021-12-10T10:00:00Z", "2021-12-10 10:00", "10:30", "1:2:3", "true", "True", "TRUE", "tRue",
            "false", "yes", "Yes", "no", "NO", "on", "Off", "y", "n", "null", "Null", "NULL", "nUll", "~", "0", "7",
            "42", "123456789", "1234567890", "99999999999", "-1", "+1", "007", "0x1F", "0b101", "0o17", "1_000",
            "1.5", ".5", "1e3", ".inf", "-.inf", ".nan", "<<", "=", "a: b", "a:b", "a:", "http://x.org/a?b=1#c",
            "a #b", "a#b", "#a", "'quoted'", "'it''s'", "''", "'open", "'a' b", "\"dq\"", "\"\"", "\"a\\nb\"",
            "\"a\" b", "\"open", "\"it's\"", "'say \"hi\"'", "- item", "-item", "? q", "?q", ":a", ",a", "[a, b]",
            "{a: b}", "&anchor a", "*alias", "!tag a", "!!str 1", "| block", "> folded", "%x", "@x", "`x`",
            "caf\u00e9 \u00fcber", "\u6f22\u5b57", "emoji \ud83d\ude00", "lone \ud800 surrogate", "tab\there",
            "nel\u0085x", "ls\u2028x", "nbsp\u00a0", "bom\ufeffx", "ctl\u0001x", "del\u007fx", "c1\u0090x",
            "\ufffe", "trailing   ", "two  spaces", "/assets/images/posts/9e953f93.jpg",
            "AWS Serverless Badge: Value and Potential", "Designing a Calm Workspace: Process Notes", "a\\b",
            "x \\ y", "per cent %", "at @ sign", "back `tick`", "a, b", "a]", "a}", "a|b", "a>b", "*", "&", "!");

    private static final List<String> KEYS = List.of("title", "date", "tags", "categories", "category", "draft",
            "published", "author", "heroimage", "x-y", "_k", "k2", "Title", "yes", "no", "on", "null", "true",
            "y", "n", "a1-b_c", "permalink");

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> random = Arbitraries.strings()
                .withChars("ab :#-'\"\\\t\r!&*[]{},?|>%@`~.+_0123456789\u00e9\u0085\u2028\u00a0\ufeff\u0001\ud83d\ude00")
                .ofMaxLength(8);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(VALUES)),
                net.jqwik.api.Tuple.of(2, random),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(VALUES).map(v -> "'" + v + "'")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(VALUES).map(v -> "\"" + v + "\"")));
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(KEYS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("aZ_-1 :#").ofMinLength(1).ofMaxLength(4)));
        Arbitrary<String> space = Arbitraries.of("", "", "", " ", "  ");
        Arbitrary<String> pair = Combinators.combine(key, Arbitraries.of(": ", ": ", ":  ", ":", " : "), values(), space)
                .as((k, sep, v, s) -> k + sep + v + s);
        Arbitrary<String> list = Combinators.combine(key, Arbitraries.of("", "  ", "    ", " "),
                values().list().ofMinSize(0).ofMaxSize(3), Arbitraries.of(":", ": ", ":  "))
                .as((k, indent, items, sep) -> {
                    StringBuilder b = new StringBuilder(k).append(sep);
                    for (String item : items) {
                        b.append('\n').append(indent).append("- ").append(item);
                    }
                    return b.toString();
                });
        Arbitrary<String> odd = Arbitraries.of("", "   ", "# a comment", "  nested: x", "  continued", "---", "...",
                "- stray", "  - stray", "key", "\t", "-", "  -", "? complex", "[a]");
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, pair),
                net.jqwik.api.Tuple.of(3, list),
                net.jqwik.api.Tuple.of(1, odd));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of("\n", "\n", "\r\n"),
                Arbitraries.of(true, false))
                .as((lines, eol, last) -> String.join(eol, lines) + (last ? eol : ""));
    }

    @Property(tries = 10000)
    void fastPathAgreesWithSnakeYaml(@ForAll("documents") String yaml) {
        check(yaml);
    }

    @Property(tries = 2000)
    void singleValuesAgreeWithSnakeYaml(@ForAll("values") String value) {
        check("k: " + value + "\n");
        check("tags:\n  - " + value + "\n  - b\n");
        check("tags:\n- a\n- " + value);
    }

    @Example
    void everyListedValueAgreesAsValueAndListItem() {
        for (String v : VALUES) {
            for (String yaml : List.of("k: " + v, "k: " + v + "\n", "k: '" + v + "'\n", "k: \"" + v + "\"\n",
                    "k:\n  - " + v + "\n", "k:\n- " + v + "\nz: 1\n", v + ": x\n")) {
                check(yaml);
            }
        }
    }

    @Example
    void realFrontMatterTakesTheFastPath() {
        List<String> posts = List.of(
                "title: 'AWS Serverless Badge: Value and Potential for Cloud Professionals'\nauthor: ssennett\n"
                        + "heroimage: /assets/images/posts/9e953f93-a455-4b9f-8ed0-a643c022e21a.jpg\n"
                        + "date: 2021-12-10 00:00:00 +1000\ncategory: blog\n",
                "title: \"Designing a Calm Workspace: Process Notes\"\nauthor: Priya Evans\n"
                        + "date: 2012-01-07 00:00:00 +1000\ncategory: Architecture\ntags:\n  - remote-work\n"
                        + "  - writing\ndraft: false\n",
                "title: Hello\ndate: 2022-06-10\ntags:\n- a\n- b\npublished: true\nweight: 3\nslug: hello-there\n");
        for (String yaml : posts) {
            Map<String, Object> flat = FlatYaml.read(yaml, RESOLVER);
            assertThat(flat).as(yaml).isNotNull();
            assertThat(flat).isEqualTo(snake(yaml));
        }
        assertThat(FlatYaml.read(posts.get(1), RESOLVER)).containsEntry("draft", false)
                .containsEntry("tags", List.of("remote-work", "writing"))
                .containsEntry("date", "2012-01-07 00:00:00 +1000");
    }

    private static void check(String yaml) {
        Map<String, Object> flat = FlatYaml.read(yaml, RESOLVER);
        Statistics.collect(flat == null ? "SnakeYAML" : "fast path");
        if (flat == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> expected = YamlReader.loadWithSnakeYaml(yaml, "f.md", 0, problems);
        assertThat(problems).as("SnakeYAML refuses what the fast path read:\n" + yaml).isEmpty();
        assertThat(flat).as(yaml).isEqualTo(expected);
        assertThat(new ArrayList<>(flat.keySet())).as("key order of\n" + yaml).isEqualTo(new ArrayList<>(expected.keySet()));
        expected.forEach((k, v) -> assertThat(type(flat.get(k))).as(k + " in\n" + yaml).isEqualTo(type(v)));
    }

    private static String type(Object v) {
        if (v instanceof List) {
            StringBuilder b = new StringBuilder("list");
            for (Object item : (List<?>) v) {
                b.append(',').append(type(item));
            }
            return b.toString();
        }
        return v == null ? "null" : v.getClass().getName();
    }

    private static Map<String, Object> snake(String yaml) {
        return YamlReader.loadWithSnakeYaml(yaml, "f.md", 0, new ArrayList<>());
    }
}
