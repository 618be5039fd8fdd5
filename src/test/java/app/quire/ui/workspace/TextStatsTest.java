package app.quire.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextStatsTest {
    @Test
    void countsWordsCharactersAndReadingTime() {
        TextStats s = TextStats.of("Hello  brave\nnew world 🙂");
        assertThat(s.words()).isEqualTo(5);
        assertThat(s.characters()).isEqualTo(24);
        assertThat(s.readingMinutes()).isEqualTo(1);
        assertThat(s.lineEnding()).isEqualTo("LF");
    }

    @Test
    void emptyTextHasNoWordsAndNoReadingTime() {
        assertThat(TextStats.of("")).isEqualTo(new TextStats(0, 0, 0, "LF"));
    }

    @Test
    void readingTimeRoundsAt230WordsAMinute() {
        assertThat(TextStats.of("word ".repeat(460)).readingMinutes()).isEqualTo(2);
        assertThat(TextStats.of("word ".repeat(1000)).readingMinutes()).isEqualTo(4);
    }

    @Test
    void detectsCrlf() {
        assertThat(TextStats.of("a\r\nb").lineEnding()).isEqualTo("CRLF");
    }

    @Test
    void jekyllFileNames() {
        assertThat(Slugs.jekyllFileName(LocalDate.of(2021, 12, 10), "AWS Serverless Badge: Value & Potential!"))
                .isEqualTo("2021-12-10-aws-serverless-badge-value-potential.md");
        assertThat(Slugs.slug("Crème brûlée für alle")).isEqualTo("creme-brulee-fur-alle");
        assertThat(Slugs.slug("日本語")).isEqualTo("post");
    }
}
