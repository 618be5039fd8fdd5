package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Helpers that replaced regexes on the index's hot path give what the regexes gave. */
class RegexFreeHelpersTest {
    private static final List<String> SAMPLES = List.of("", "/", "//", "a//b///c/", "/posts//x/", "no slashes",
            "end.", "end,;:!? ", "word\t\n", "...", "a b", "trail .\r\n", "x/y.md", ".md", "a.", "a.b.c", "é//ü,");

    @Test
    void collapseSlashesMatchesTheRegex() {
        for (String s : SAMPLES) {
            assertThat(Permalinks.collapseSlashes(s)).as(s).isEqualTo(s.replaceAll("/{2,}", "/"));
        }
    }

    @Test
    void trimTrailingPunctuationMatchesTheRegex() {
        for (String s : SAMPLES) {
            assertThat(Excerpts.trimTrailingPunctuation(s)).as(s).isEqualTo(s.replaceAll("[\\s,.;:!?]+$", ""));
        }
    }

    @Test
    void inputKeyOfPartsEqualsAddingThemOneByOne() {
        for (int i = 0; i + 3 <= SAMPLES.size(); i++) {
            String[] parts = {SAMPLES.get(i), null, SAMPLES.get(i + 1), "\u00e9\u4e2d\ud83d\ude00", SAMPLES.get(i + 2)};
            InputKey one = new InputKey();
            for (String p : parts) {
                one.add(p);
            }
            assertThat(InputKey.of(parts)).isEqualTo(one.value());
        }
        assertThat(InputKey.of()).isEqualTo(new InputKey().value());
    }

    @Test
    void isMarkdownMatchesTheRegex() {
        java.util.regex.Pattern markdown = java.util.regex.Pattern.compile("(?i).+\\.(md|markdown|mdown|mkd|mkdn)$");
        List<String> names = new java.util.ArrayList<>(SAMPLES);
        names.addAll(List.of("a.md", "A.MD", "x.Markdown", "posts/a.mkdn", ".md", "md", "a.md.txt", "a.txt.md",
                "a.md\n", "a.md\r\n", "a.md\n\n", "a\nb.md", "a.md\u2028", "a.m\u212Ad", "a.MKD", "a.mdown ",
                "a.md\r", "\n.md", "a..md", "dir.md/x", "a.mk", "a.mdx"));
        for (String n : names) {
            assertThat(SourceScanner.isMarkdown(n)).as(n).isEqualTo(markdown.matcher(n).matches());
        }
    }

    @Test
    void withoutExtensionMatchesTheRegex() {
        for (String s : SAMPLES) {
            if (!s.contains("/")) {
                assertThat(PostIndex.withoutExtension(s)).as(s).isEqualTo(s.replaceFirst("\\.[^.]+$", ""));
            }
        }
    }
}
