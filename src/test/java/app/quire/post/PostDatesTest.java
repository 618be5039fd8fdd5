package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-12-10 00:00:00 +1000   | 2021-12-10T00:00:00+10:00",
        "2021-12-10 00:00:00 +10:00  | 2021-12-10T00:00:00+10:00",
        "2021-12-10T08:30:00+10:00   | 2021-12-10T08:30:00+10:00",
        "2021-12-10T08:30:00Z        | 2021-12-10T08:30:00Z",
        "2021-12-10 08:30:00 Z       | 2021-12-10T08:30:00Z",
        "2021-12-10 08:30            | 2021-12-10T08:30:00",
        "2021-12-10                  | 2021-12-10",
        "2021-12-10T08:30:00.250+01:00 | 2021-12-10T08:30:00.25+01:00",
        "'2021-12-10 08:30:00 -0530' | 2021-12-10T08:30:00-05:30",
        "\"2021-12-10T08:30:00\"     | 2021-12-10T08:30:00",
        "2021-12-10 8:30:00 +02      | 2021-12-10T08:30:00+02:00",
    })
    void readsEveryForm(String text, String iso) {
        assertThat(PostDates.parse(text)).as(text).isPresent();
        assertThat(PostDates.parse(text).orElseThrow().toIso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2021-13-01", "2021-02-30", "10/12/2021", "2021-12-10 25:00"})
    void rejectsNonDates(String text) {
        assertThat(PostDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-10 00:00:00 +1000", "2021-12-10T08:30:00+10:00", "2021-12-10T08:30:00Z",
        "2021-12-10 08:30", "2021-12-10", "2021-12-10T08:30:00.250+01:00", "2021-12-10 08:30:00 -05:30",
        "2021-12-10T08:30:00"})
    void writesBackInItsOwnStyle(String text) {
        assertThat(PostDates.parse(text).orElseThrow().format()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-12-10 00:00:00 +1000", "2022-01-01T00:00:00+10:00", "2020-02-29 13:45"})
    void aNewValueTakesTheDetectedStyle(String existing) {
        DateStyle style = PostDates.detectStyle(existing).orElseThrow();
        PostDate value = PostDate.of(LocalDateTime.of(2024, 6, 7, 8, 9, 10).atOffset(ZoneOffset.ofHours(10)), style);
        String written = PostDates.format(value, style);
        assertThat(PostDates.detectStyle(written)).contains(style.seconds() ? style
                : new DateStyle(style.dateOnly(), style.separator(), true, 0, style.offsetForm(), style.offsetSpace()));
    }

    @org.junit.jupiter.api.Test
    void seedStyleIsJekyll() {
        assertThat(PostDates.detectStyle("2021-12-10 00:00:00 +1000")).contains(DateStyle.JEKYLL);
        PostDate d = PostDate.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5).atOffset(ZoneOffset.ofHours(-7)), DateStyle.JEKYLL);
        assertThat(d.format()).isEqualTo("2024-01-02 03:04:05 -0700");
    }
}
