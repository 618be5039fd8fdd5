package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Splitting never loses or invents text, whatever the input; dates survive format and parse in every style. */
class PostParseProperties {
    @Provide
    Arbitrary<String> postLike() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.of("---", "+++", "...", "", "title: x", "a: [b, c",
                        "  - item", "# c", "key = \"v\"", "date: 2021-12-10 00:00:00 +1000", ": :", "\t"),
                Arbitraries.strings().withChars("-+.:#[]{}'\" \tab\uFEFFé").ofMaxLength(10));
        return Arbitraries.oneOf(Arbitraries.just("\n"), Arbitraries.just("\r\n"))
                .flatMap(nl -> line.list().ofMaxSize(12).map(l -> String.join(nl, l)));
    }

    @Property(tries = 500)
    void splitIsLosslessAndNeverThrows(@ForAll("postLike") String text) {
        Post post = Post.parse(text);
        assertThat(post.frontMatterBlock() + post.body()).isEqualTo(text);
        assertThat(post.frontMatter().block()).isEqualTo(post.frontMatterBlock());
        assertThat(post.text()).isEqualTo(text);
        post.title();
        post.categories();
        post.frontMatter().values();
        assertThat(post.withFrontMatter(post.frontMatter()).text()).isEqualTo(text);
    }

    @Property(tries = 300)
    void anyStringSurvivesAsATitle(@ForAll("postLike") String text, @ForAll String title) {
        Post post = Post.parse(text);
        if (!post.frontMatter().editable()) {
            return;
        }
        Post edited = post.withFrontMatter(post.frontMatter().withTitle(title));
        assertThat(edited.body()).isEqualTo(post.body());
        assertThat(edited.frontMatter().get("title").map(String::valueOf).orElse("")).isEqualTo(title);
    }

    @Provide
    Arbitrary<String> oddKey() {
        List<String> units = new ArrayList<>();
        "ab Z9-_.:#[]{}'\"&*!|>%@`?é🍵\\".codePoints().forEach(cp -> units.add(new String(Character.toChars(cp))));
        return Arbitraries.of(units).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l))
                .filter(k -> !k.isBlank());
    }

    @Property(tries = 300)
    void anyKeyCanBeAddedAndRemoved(@ForAll("oddKey") String key, @ForAll String value) {
        Post post = Fixtures.post("seed-like.md");
        FrontMatter fm = post.frontMatter();
        FrontMatter added = fm.set(key, value);
        assertThat(added.get(key).map(String::valueOf).orElse("")).as(added.block()).isEqualTo(value);
        if (!fm.has(key)) {
            assertThat(added.block()).startsWith(fm.block().substring(0, fm.block().length() - 4));
            assertThat(added.remove(key).block()).isEqualTo(fm.block());
        }
    }

    @Property(tries = 300)
    void datesRoundTripInEveryStyle(@ForAll @IntRange(min = 1900, max = 2100) int year,
            @ForAll @IntRange(min = 0, max = 10_000_000) int minuteOfCentury, @ForAll @IntRange(min = -12, max = 14) int hours,
            @ForAll("styles") DateStyle style) {
        LocalDateTime t = LocalDateTime.of(year, 1, 1, 0, 0).plusMinutes(minuteOfCentury % 525_600);
        PostDate d = PostDate.of(t.atOffset(ZoneOffset.ofHours(hours)), style);
        String text = d.format();
        PostDate back = PostDates.parse(text).orElseThrow();
        assertThat(back.format()).isEqualTo(text);
        assertThat(back.localDateTime()).isEqualTo(style.dateOnly() ? t.toLocalDate().atStartOfDay() : t);
        if (!style.dateOnly() && style.offsetForm() != DateStyle.OffsetForm.NONE) {
            assertThat(back.offset()).contains(ZoneOffset.ofHours(hours));
        }
    }

    @Provide
    Arbitrary<DateStyle> styles() {
        return Arbitraries.of(DateStyle.JEKYLL, DateStyle.ISO, DateStyle.DATE_ONLY,
                new DateStyle(false, ' ', false, 0, DateStyle.OffsetForm.NONE, false),
                new DateStyle(false, 'T', true, 3, DateStyle.OffsetForm.COLON, false),
                new DateStyle(false, ' ', true, 0, DateStyle.OffsetForm.COLON, true),
                new DateStyle(false, 'T', true, 0, DateStyle.OffsetForm.HOURS, false),
                new DateStyle(false, 'T', true, 0, DateStyle.OffsetForm.Z, false));
    }
}
