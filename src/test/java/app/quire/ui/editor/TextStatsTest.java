package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStatsTest {
    @Test
    void countsWordsWithoutMarkupOrFrontMatter() {
        TextStats stats = TextStats.of("---\ntitle: Many words here\n---\n## Process ##\n\n- one two\n");
        assertThat(stats.words()).isEqualTo(3);
        assertThat(stats.readingMinutes()).isEqualTo(1);
    }

    @Test
    void hugoJsonAndTomlFrontMatterAreNotCounted() {
        assertThat(TextStats.of("{\n  \"title\": \"Many words in here\",\n  \"tags\": [\"a\"]\n}\n\nTwo words\n")
                .words()).isEqualTo(2);
        assertThat(TextStats.of("+++\ntitle = \"Many words in here\"\n+++\nTwo words").words()).isEqualTo(2);
        assertThat(TextStats.of("{{< youtube abc >}}").words()).as("a body opening with a shortcode is no front matter")
                .isPositive();
    }

    @Test
    void charactersAreCodePointsWithoutLineBreaks() {
        assertThat(TextStats.of("a\r\nb 😀").characters()).isEqualTo(4);
    }

    @Test
    void readingTimeRoundsUpAt230WordsAMinute() {
        assertThat(TextStats.of("").readingMinutes()).isZero();
        assertThat(TextStats.of("w ".repeat(230)).readingMinutes()).isEqualTo(1);
        assertThat(TextStats.of("w ".repeat(231)).readingMinutes()).isEqualTo(2);
    }
}
