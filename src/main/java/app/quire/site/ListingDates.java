package app.quire.site;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The three date texts a post's listing shows ({@code date_iso}, {@code date_display}, {@code date_short}),
 * written out for the common case: years 1 to 9999, whole seconds, offsets in whole minutes. The JDK's
 * formatters give the same text but are among the slowest code a cold export runs (~4 % of its page making,
 * decision 0218); anything outside that case goes through them. ListingDatesProperties compares the two.
 */
final class ListingDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private ListingDates() {
    }

    /** The formatters, made only when a date is outside the common case (their set-up is costly too). */
    static final class Formats {
        static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);

        private Formats() {
        }
    }

    private static boolean common(ZonedDateTime d) {
        return d.getYear() >= 1 && d.getYear() <= 9999 && d.getNano() == 0
                && d.getOffset().getTotalSeconds() % 60 == 0;
    }

    /** As {@code d.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)}: {@code 2021-12-10T00:00:00+10:00}. */
    static String iso(ZonedDateTime d) {
        if (!common(d)) {
            return d.format(Formats.ISO);
        }
        StringBuilder b = new StringBuilder(25);
        date(b, d).append('T');
        two(b, d.getHour()).append(':');
        two(b, d.getMinute()).append(':');
        two(b, d.getSecond());
        int offset = d.getOffset().getTotalSeconds();
        if (offset == 0) {
            return b.append('Z').toString();
        }
        int abs = Math.abs(offset);
        b.append(offset < 0 ? '-' : '+');
        two(b, abs / 3600).append(':');
        return two(b, abs / 60 % 60).toString();
    }

    /** As {@code MMMM d, yyyy} in English: {@code December 10, 2021}. */
    static String display(ZonedDateTime d) {
        if (!common(d)) {
            return d.format(Formats.DISPLAY);
        }
        StringBuilder b = new StringBuilder(18);
        b.append(MONTHS[d.getMonthValue() - 1]).append(' ').append(d.getDayOfMonth()).append(", ");
        return four(b, d.getYear()).toString();
    }

    /** As {@code yyyy-MM-dd}. */
    static String shortDate(ZonedDateTime d) {
        if (!common(d)) {
            return d.format(Formats.SHORT);
        }
        return date(new StringBuilder(10), d).toString();
    }

    private static StringBuilder date(StringBuilder b, ZonedDateTime d) {
        four(b, d.getYear()).append('-');
        two(b, d.getMonthValue()).append('-');
        return two(b, d.getDayOfMonth());
    }

    private static StringBuilder four(StringBuilder b, int v) {
        if (v < 1000) {
            b.append('0');
        }
        if (v < 100) {
            b.append('0');
        }
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }

    private static StringBuilder two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }
}
