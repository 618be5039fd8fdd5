package app.quire.site;

import java.time.Instant;

/**
 * What an export includes and how it treats OUT.
 *
 * @param drafts  include drafts ({@code _drafts/}, {@code draft: true})
 * @param future  include posts dated after {@code now}
 * @param clean   delete everything in OUT first (also files Quire did not make)
 * @param now     the moment "future" and "expired" are measured from (an input, so tests and repeat runs are stable)
 * @param expired include Hugo posts whose {@code expiryDate} has passed (Hugo's {@code --buildExpired}, decision 0236)
 */
public record ExportOptions(boolean drafts, boolean future, boolean clean, Instant now, boolean expired) {
    /** Without expired posts, as before decision 0236. */
    public ExportOptions(boolean drafts, boolean future, boolean clean, Instant now) {
        this(drafts, future, clean, now, false);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(false, false, false, Instant.now());
    }

    public ExportOptions withClean(boolean c) {
        return new ExportOptions(drafts, future, c, now, expired);
    }

    public ExportOptions withExpired(boolean e) {
        return new ExportOptions(drafts, future, clean, now, e);
    }
}
