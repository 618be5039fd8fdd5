package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random front matter in many shapes (quoting, flow and block lists, comments, blank lines, LF/CRLF), random edits:
 * every byte outside the edited key's lines survives, every other key reads the same, the edited key reads back
 * what was set.
 */
class FrontMatterEditProperties {
    private static final List<String> KEYS = List.of("title", "author", "date", "category", "categories", "tags",
            "layout", "slug", "description", "draft", "custom", "weight");
    private static final String CHARS = "abcXYZ019 -_.,:#'\"[]{}&*!|>%@`?äé日🍵\\/";

    /** One generated key: its value is written in one of several styles. */
    record Spec(String key, int style, List<String> words, int commentBefore, boolean blankAfter, String wild) {
    }

    /** Strings of whole code points from CHARS (withChars would split the emoji's surrogate pair). */
    private static Arbitrary<String> codePoints(String chars, int maxLength) {
        List<String> units = new ArrayList<>();
        chars.codePoints().forEach(cp -> units.add(new String(Character.toChars(cp))));
        return Arbitraries.of(units).list().ofMaxSize(maxLength).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> word() {
        return codePoints(CHARS, 12);
    }

    @Provide
    Arbitrary<String> newValue() {
        return Arbitraries.oneOf(word(), codePoints(CHARS + "\n\t", 20),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.of(KEYS), Arbitraries.integers().between(0, 12),
                Arbitraries.strings().alpha().numeric().withChars(' ', 'é').ofMinLength(1).ofMaxLength(8)
                        .filter(s -> !s.isBlank()).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 4), Arbitraries.of(true, false),
                codePoints(CHARS, 10)).as(Spec::new);
        return spec.list().ofMaxSize(7).uniqueElements(Spec::key);
    }

    private static String render(List<Spec> specs, String nl) {
        StringBuilder sb = new StringBuilder("---").append(nl);
        for (Spec s : specs) {
            if (s.commentBefore == 0) {
                sb.append("# about ").append(s.key).append(nl);
            }
            String w = s.words.get(0).strip();
            switch (s.style) {
                case 0: sb.append(s.key).append(": ").append(w).append(nl); break;
                case 1: sb.append(s.key).append(": '").append(s.wild.replace("'", "''")).append("'").append(nl); break;
                case 2:
                    sb.append(s.key).append(": \"").append(s.wild.replace("\\", "\\\\").replace("\"", "\\\""))
                            .append("\" # 🍵 note").append(nl);
                    break;
                case 3: sb.append(s.key).append(": [").append(String.join(", ", strip(s.words))).append("]").append(nl); break;
                case 4:
                    sb.append(s.key).append(":").append(nl);
                    for (String x : strip(s.words)) {
                        sb.append("  - ").append(x).append(nl);
                    }
                    break;
                case 5:
                    sb.append(s.key).append(":").append(nl);
                    for (String x : strip(s.words)) {
                        sb.append("- '").append(x).append("'").append(nl);
                    }
                    break;
                case 6: sb.append(s.key).append(": 2021-12-10 00:00:00 +1000").append(nl); break;
                case 7: sb.append(s.key).append(": ").append(w).append(" # note").append(nl); break;
                case 9: sb.append(s.key).append(":").append(nl); break;
                case 10:
                    sb.append(s.key).append(":").append(nl).append("  name: ").append(w).append(nl)
                            .append("  # inner comment").append(nl).append("  n: 3").append(nl);
                    break;
                case 11:
                    sb.append(s.key).append(": ").append(w).append(nl);
                    for (String x : strip(s.words)) {
                        sb.append("  ").append(x).append(nl);
                    }
                    break;
                case 12:
                    sb.append(s.key).append(": >-").append(nl);
                    for (String x : strip(s.words)) {
                        sb.append("    ").append(x).append(nl);
                    }
                    break;
                default:
                    sb.append(s.key).append(": |").append(nl);
                    for (String x : strip(s.words)) {
                        sb.append("  ").append(x).append(nl);
                    }
            }
            if (s.blankAfter) {
                sb.append(nl);
            }
        }
        return sb.append("---").append(nl).append(nl).append("Body text.").toString();
    }

    private static List<String> strip(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w.strip().replace("-", "x").replaceAll("^$", "e"));
        }
        return out;
    }

    private static Map<String, Object> othersOf(FrontMatter fm, String except) {
        Map<String, Object> all = new LinkedHashMap<>(fm.values());
        all.remove(except);
        return all;
    }

    @Property(tries = 300)
    void settingAStringChangesOnlyThatKey(@ForAll("specs") List<Spec> specs, @ForAll("newValue") String value,
            @ForAll("keyToEdit") String key, @ForAll boolean crlf) {
        String text = render(specs, crlf ? "\r\n" : "\n");
        Post post = Post.parse(text);
        FrontMatter fm = post.frontMatter();
        assertThat(fm.problem()).as(text).isEmpty();
        FrontMatter edited = fm.set(key, value);
        Post after = post.withFrontMatter(edited);
        assertThat(after.body()).isEqualTo(post.body());
        assertThat(edited.problem()).as(edited.block()).isEmpty();
        assertThat(edited.get(key).map(String::valueOf).orElse("")).as(edited.block()).isEqualTo(value);
        assertThat(othersOf(edited, key)).isEqualTo(othersOf(fm, key));
        assertOnlyKeyLinesChanged(fm, edited, key);
        if (crlf) {
            assertThat(edited.block().replace("\r\n", "")).doesNotContain("\n");
        }
    }

    @Property(tries = 300)
    void settingAListChangesOnlyThatKey(@ForAll("specs") List<Spec> specs,
            @ForAll("listValue") List<String> value, @ForAll("keyToEdit") String key) {
        Post post = Post.parse(render(specs, "\n"));
        FrontMatter fm = post.frontMatter();
        FrontMatter edited = fm.set(key, value);
        Object read = edited.get(key).orElse(null);
        if (read instanceof List) {
            assertThat(read).as(edited.block()).isEqualTo(value);
        } else {
            assertThat(value).as(edited.block()).hasSize(1);
            assertThat(String.valueOf(read)).isEqualTo(value.get(0));
        }
        assertThat(othersOf(edited, key)).isEqualTo(othersOf(fm, key));
        assertOnlyKeyLinesChanged(fm, edited, key);
    }

    @Property(tries = 200)
    void settingTheSameValueOrRemovingIsMinimal(@ForAll("specs") List<Spec> specs, @ForAll("keyToEdit") String key) {
        Post post = Post.parse(render(specs, "\n"));
        FrontMatter fm = post.frontMatter();
        fm.get(key).ifPresent(v -> assertThat(fm.set(key, v).block()).isEqualTo(fm.block()));
        FrontMatter removed = fm.remove(key);
        assertThat(removed.has(key)).isFalse();
        assertThat(removed.values()).isEqualTo(othersOf(fm, key));
        assertOnlyKeyLinesChanged(fm, removed, key);
    }

    @Provide
    Arbitrary<String> keyToEdit() {
        return Arbitraries.of(KEYS);
    }

    @Provide
    Arbitrary<List<String>> listValue() {
        return word().list().ofMinSize(1).ofMaxSize(4);
    }

    /** Lines outside the key's old range equal the lines outside its new range (or the old text is a prefix). */
    private static void assertOnlyKeyLinesChanged(FrontMatter before, FrontMatter after, String key) {
        List<String> a = TextLines.split(before.content());
        List<String> b = TextLines.split(after.content());
        int[] oldRange = before.lineRange(key).orElse(null);
        if (oldRange == null) {
            assertThat(b.subList(0, a.size())).isEqualTo(a);
            return;
        }
        int removed = oldRange[1] - oldRange[0] + 1;
        int added = after.lineRange(key).map(r -> r[1] - r[0] + 1).orElse(0);
        assertThat(b.subList(0, oldRange[0])).isEqualTo(a.subList(0, oldRange[0]));
        assertThat(b.subList(oldRange[0] + added, b.size())).isEqualTo(a.subList(oldRange[0] + removed, a.size()));
    }
}
