package app.quire.post;

/**
 * How a date was written, detected from existing text so a rewrite keeps it: date only or with time, the
 * separator ({@code ' '} or {@code 'T'}), seconds, fraction digits and the offset's form.
 *
 * @param offsetForm  {@code NONE}, {@code Z}, {@code COMPACT} ({@code +1000}), {@code COLON} ({@code +10:00}),
 *                    {@code HOURS} ({@code +10})
 * @param offsetSpace whether a space separates the time from the offset ({@code 00:00:00 +1000})
 */
public record DateStyle(boolean dateOnly, char separator, boolean seconds, int fractionDigits, OffsetForm offsetForm,
        boolean offsetSpace) {

    /** The forms of a UTC offset. */
    public enum OffsetForm { NONE, Z, COMPACT, COLON, HOURS }

    /** Jekyll's usual style and Quire's default: {@code 2021-12-10 00:00:00 +1000}. */
    public static final DateStyle JEKYLL = new DateStyle(false, ' ', true, 0, OffsetForm.COMPACT, true);
    /** Hugo's usual style: {@code 2021-12-10T00:00:00+10:00}. */
    public static final DateStyle ISO = new DateStyle(false, 'T', true, 0, OffsetForm.COLON, false);
    /** Just the day: {@code 2021-12-10}. */
    public static final DateStyle DATE_ONLY = new DateStyle(true, ' ', false, 0, OffsetForm.NONE, false);
}
