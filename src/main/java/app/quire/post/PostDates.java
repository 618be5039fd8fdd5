package app.quire.post;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every date form Jekyll and Hugo accept ({@code 2021-12-10 00:00:00 +1000}, {@code +10:00}, {@code Z},
 * {@code 2021-12-10}, {@code 2021-12-10T08:30:00+10:00}, {@code 2021-12-10 08:30}, fractional seconds, quoted or
 * not) and writes dates back in a detected {@link DateStyle}.
 */
public final class PostDates {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:([Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "(?:([ \\t]*)(Z|z|[+-]\\d{1,2}(?::?\\d{2})?))?)?");

    private PostDates() {
    }

    /** Parses a date, or empty when the text is not a date in any accepted form. */
    public static Optional<PostDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new PostDate(day.atStartOfDay(), null, DateStyle.DATE_ONLY));
            }
            int nanos = 0;
            int fractionDigits = 0;
            if (m.group(8) != null) {
                fractionDigits = m.group(8).length();
                nanos = Integer.parseInt((m.group(8) + "000000000").substring(0, 9));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), nanos);
            ZoneOffset offset = null;
            DateStyle.OffsetForm form = DateStyle.OffsetForm.NONE;
            String off = m.group(10);
            if (off != null) {
                if (off.equalsIgnoreCase("z")) {
                    offset = ZoneOffset.UTC;
                    form = DateStyle.OffsetForm.Z;
                } else {
                    int sign = off.charAt(0) == '-' ? -1 : 1;
                    String digits = off.substring(1);
                    int hours;
                    int minutes = 0;
                    if (digits.contains(":")) {
                        form = DateStyle.OffsetForm.COLON;
                        hours = Integer.parseInt(digits.substring(0, digits.indexOf(':')));
                        minutes = Integer.parseInt(digits.substring(digits.indexOf(':') + 1));
                    } else if (digits.length() <= 2) {
                        form = DateStyle.OffsetForm.HOURS;
                        hours = Integer.parseInt(digits);
                    } else {
                        form = DateStyle.OffsetForm.COMPACT;
                        hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
                        minutes = Integer.parseInt(digits.substring(digits.length() - 2));
                    }
                    offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                }
            }
            char sep = m.group(4).equalsIgnoreCase("t") ? 'T' : ' ';
            boolean space = m.group(9) != null && !m.group(9).isEmpty();
            DateStyle style = new DateStyle(false, sep, m.group(7) != null, fractionDigits, form, space);
            return Optional.of(new PostDate(LocalDateTime.of(day, time), offset, style));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The style a date text is written in, or empty when it is not a date. */
    public static Optional<DateStyle> detectStyle(String text) {
        return parse(text).map(PostDate::style);
    }

    /** Writes a date in a style. A style without offset drops the offset (local time as given). */
    public static String format(PostDate date, DateStyle style) {
        LocalDateTime t = date.localDateTime();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%04d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
        if (style.dateOnly()) {
            return sb.toString();
        }
        sb.append(style.separator()).append(String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()));
        if (style.seconds() || style.fractionDigits() > 0 || t.getSecond() != 0 || t.getNano() != 0) {
            sb.append(String.format(Locale.ROOT, ":%02d", t.getSecond()));
            int digits = style.fractionDigits();
            if (digits == 0 && t.getNano() != 0) {
                digits = 9;
            }
            if (digits > 0) {
                sb.append('.').append(String.format(Locale.ROOT, "%09d", t.getNano()), 0, digits);
            }
        }
        ZoneOffset offset = date.offset().orElse(null);
        if (offset == null || style.offsetForm() == DateStyle.OffsetForm.NONE) {
            return sb.toString();
        }
        if (style.offsetSpace()) {
            sb.append(' ');
        }
        int total = offset.getTotalSeconds() / 60;
        if (style.offsetForm() == DateStyle.OffsetForm.Z && total == 0) {
            return sb.append('Z').toString();
        }
        char sign = total < 0 ? '-' : '+';
        int abs = Math.abs(total);
        sb.append(sign).append(String.format(Locale.ROOT, "%02d", abs / 60));
        switch (style.offsetForm()) {
            case COMPACT:
                sb.append(String.format(Locale.ROOT, "%02d", abs % 60));
                break;
            case HOURS:
                if (abs % 60 != 0) {
                    sb.append(String.format(Locale.ROOT, ":%02d", abs % 60));
                }
                break;
            default:
                sb.append(String.format(Locale.ROOT, ":%02d", abs % 60));
                break;
        }
        return sb.toString();
    }
}
