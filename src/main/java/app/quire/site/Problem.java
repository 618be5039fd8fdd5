package app.quire.site;

import java.util.Comparator;

/**
 * One problem found while reading or exporting a site, printed as {@code FILE:LINE:COL: severity: message}.
 * Line and column are 1-based; 0 means unknown.
 */
public record Problem(String file, int line, int column, Severity severity, String message) implements Comparable<Problem> {
    /** Errors make {@code quire export} exit with 1; warnings are reported but do not change the exit code. */
    public enum Severity { WARNING, ERROR }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
            .thenComparing(Problem::severity).thenComparing(Problem::message);

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
