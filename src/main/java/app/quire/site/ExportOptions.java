package app.quire.site;

import java.time.Instant;

/**
 * What an export includes and how it treats OUT.
 *
 * @param drafts include drafts ({@code _drafts/}, {@code draft: true})
 * @param future include posts dated after {@code now}
 * @param clean  delete everything in OUT first (also files Quire did not make)
 * @param now    the moment "future" is measured from (an input, so tests and repeat runs are stable)
 */
public record ExportOptions(boolean drafts, boolean future, boolean clean, Instant now) {
    public static ExportOptions defaults() {
        return new ExportOptions(false, false, false, Instant.now());
    }

    public ExportOptions withClean(boolean c) {
        return new ExportOptions(drafts, future, c, now);
    }
}
