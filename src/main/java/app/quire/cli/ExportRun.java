package app.quire.cli;

import app.quire.site.ExportOptions;
import app.quire.site.ExportReport;
import app.quire.site.Problem;
import app.quire.site.SiteExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** One export as the command runs it: problems on stderr, the summary line, the exit code. No picocli here. */
final class ExportRun {
    private ExportRun() {
    }

    /** The boolean options. */
    record Flags(boolean drafts, boolean future, boolean clean, boolean quiet) {
    }

    /** Runs an export and prints its problems and summary; the exit code. */
    static int export(Path siteDir, Path out, Flags flags, PrintWriter outWriter, PrintWriter err) {
        if (!Files.isDirectory(siteDir)) {
            err.println("quire export: not a folder: " + siteDir);
            return 2;
        }
        ExportReport report;
        try {
            report = SiteExporter.export(siteDir, out, new ExportOptions(flags.drafts(), flags.future(),
                    flags.clean(), Instant.now()));
        } catch (IllegalArgumentException | IOException e) {
            err.println("quire export: " + e.getMessage());
            return 2;
        }
        for (Problem p : report.problems()) {
            err.println(p);
        }
        err.flush();
        if (!flags.quiet()) {
            outWriter.printf("exported to %s: %d written, %d unchanged, %d removed%n", out, report.written(),
                    report.unchanged(), report.removed());
            outWriter.flush();
        }
        return report.hasErrors() ? 1 : 0;
    }
}
