package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The written-out listing dates are the JDK formatters' texts, in and outside their common case. */
class ListingDatesProperties {
    @Provide
    Arbitrary<ZonedDateTime> dates() {
        Arbitrary<Integer> years = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(1, 9999)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-20000, 20000)));
        Arbitrary<ZoneId> zones = Arbitraries.oneOf(
                Arbitraries.of("UTC", "Australia/Brisbane", "Asia/Kolkata", "America/St_Johns", "Europe/Dublin",
                        "Africa/Monrovia", "Pacific/Chatham").map(ZoneId::of),
                Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(s -> (ZoneId) ZoneOffset.ofTotalSeconds(s)),
                Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> (ZoneId) ZoneOffset.ofTotalSeconds(m * 60)));
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 28);
        Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 86_399);
        return net.jqwik.api.Combinators.combine(years, months, days, seconds, nanos, zones)
                .as((y, mo, d, sec, n, z) -> ZonedDateTime.of(y, mo, d, sec / 3600, sec / 60 % 60, sec % 60, n, z));
    }

    @Property(tries = 3000)
    void sameAsTheFormatters(@ForAll("dates") ZonedDateTime d) {
        assertThat(ListingDates.iso(d)).isEqualTo(d.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .isEqualTo(d.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        assertThat(ListingDates.display(d)).isEqualTo(d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
        assertThat(ListingDates.shortDate(d)).isEqualTo(d.format(DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH)));
    }

    @Example
    void theSeedPostsDate() {
        ZonedDateTime d = ZonedDateTime.of(2021, 12, 10, 0, 0, 0, 0, ZoneId.of("Australia/Brisbane"));
        assertThat(ListingDates.iso(d)).isEqualTo("2021-12-10T00:00:00+10:00");
        assertThat(ListingDates.display(d)).isEqualTo("December 10, 2021");
        assertThat(ListingDates.shortDate(d)).isEqualTo("2021-12-10");
        assertThat(ListingDates.iso(d.withZoneSameInstant(ZoneOffset.UTC))).isEqualTo("2021-12-09T14:00:00Z");
    }
}
