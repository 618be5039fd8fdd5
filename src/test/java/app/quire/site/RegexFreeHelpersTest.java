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
    void withoutExtensionMatchesTheRegex() {
        for (String s : SAMPLES) {
            if (!s.contains("/")) {
                assertThat(PostIndex.withoutExtension(s)).as(s).isEqualTo(s.replaceFirst("\\.[^.]+$", ""));
            }
        }
    }
}
