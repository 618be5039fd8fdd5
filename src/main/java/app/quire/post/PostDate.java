package app.quire.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A post date as written in front matter: the local date-time, the offset when the text gave one, and the
 * {@link DateStyle} it was written in (so a rewrite can keep the author's style).
 */
public final class PostDate {
    private final LocalDateTime local;
    private final ZoneOffset offset;
    private final DateStyle style;

    PostDate(LocalDateTime local, ZoneOffset offset, DateStyle style) {
        this.local = Objects.requireNonNull(local);
        this.offset = offset;
        this.style = Objects.requireNonNull(style);
    }

    /** A date with an offset, to be written in the given style. */
    public static PostDate of(OffsetDateTime value, DateStyle style) {
        return new PostDate(value.toLocalDateTime(), value.getOffset(), style);
    }

    /** A date without offset (floating local time), to be written in the given style. */
    public static PostDate of(LocalDateTime value, DateStyle style) {
        return new PostDate(value, null, style);
    }

    public LocalDateTime localDateTime() {
        return local;
    }

    public LocalDate date() {
        return local.toLocalDate();
    }

    public Optional<ZoneOffset> offset() {
        return Optional.ofNullable(offset);
    }

    public Optional<OffsetDateTime> offsetDateTime() {
        return offset == null ? Optional.empty() : Optional.of(local.atOffset(offset));
    }

    /** The instant, using {@code fallbackZone} when the text gave no offset. */
    public Instant instant(ZoneId fallbackZone) {
        return offset != null ? local.toInstant(offset) : local.atZone(fallbackZone).toInstant();
    }

    public DateStyle style() {
        return style;
    }

    /** The same moment written in another style. */
    public PostDate withStyle(DateStyle newStyle) {
        return new PostDate(local, offset, newStyle);
    }

    /** ISO 8601: {@code 2021-12-10T00:00:00+10:00}, or without offset when none was given. */
    public String toIso() {
        if (style.dateOnly() && offset == null) {
            return local.toLocalDate().toString();
        }
        return offset == null ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local)
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atOffset(offset));
    }

    /** The text in this date's own style. */
    public String format() {
        return PostDates.format(this, style);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostDate && ((PostDate) o).local.equals(local) && Objects.equals(((PostDate) o).offset, offset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(local, offset);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
