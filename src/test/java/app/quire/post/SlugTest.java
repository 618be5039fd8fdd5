package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AWS Serverless Badge: Value and Potential | aws-serverless-badge-value-and-potential",
        "Café au lait, s'il vous plaît            | cafe-au-lait-sil-vous-plait",
        "Straße & Smørrebrød                      | strasse-and-smorrebrod",
        "日本語のタイトル                          | 日本語のタイトル",
        "Привет, мир                              | привет-мир",
        "../../etc/passwd                         | etc-passwd",
        "CON                                      | con-post",
        "nul                                      | nul-post",
        "com1                                     | com1-post",
        "'...   '                                 | post",
        "Version 2.0. Released.                   | version-2-0-released",
        "a/b\\c:d*e?f\"g<h>i                     | a-b-c-d-e-f-g-h-i",
    })
    void slugs(String title, String slug) {
        assertThat(Slug.of(title)).isEqualTo(slug);
        assertThat(Slug.isSafeFileName(Slug.of(title) + ".md")).isTrue();
    }

    @Test
    void lengthIsBounded() {
        String slug = Slug.of("word ".repeat(100));
        assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-");
        String emoji = Slug.of("😀".repeat(10) + " " + "漢".repeat(100));
        assertThat(emoji.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 1))).isFalse();
    }

    @Test
    void safeFileNames() {
        assertThat(Slug.isSafeFileName("ok-name.md")).isTrue();
        assertThat(Slug.isSafeFileName("..")).isFalse();
        assertThat(Slug.isSafeFileName("aux.md")).isFalse();
        assertThat(Slug.isSafeFileName("trailing.")).isFalse();
        assertThat(Slug.isSafeFileName("a/b.md")).isFalse();
    }

    @Test
    void jekyllNames() {
        assertThat(PostNames.jekyllFileName(LocalDate.of(2021, 12, 10), "AWS Serverless Badge"))
                .isEqualTo("2021-12-10-aws-serverless-badge.md");
        assertThat(PostNames.parseJekyll("2021-12-10-aws-serverless-badge.md").orElseThrow())
                .isEqualTo(new PostNames.JekyllName(LocalDate.of(2021, 12, 10), "aws-serverless-badge"));
        assertThat(PostNames.parseJekyll("about.md")).isEmpty();
        assertThat(PostNames.plainFileName("Hello World")).isEqualTo("hello-world.md");
    }
}
