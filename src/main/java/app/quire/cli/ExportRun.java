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

    /** The boolean options ({@code expired}: Hugo's {@code --buildExpired}, decision 0236). */
    record Flags(boolean drafts, boolean future, boolean clean, boolean quiet, boolean expired) {
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
                    flags.clean(), Instant.now(), flags.expired()));
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

    /**
     * Serves the exported OUT at the site's baseurl on 127.0.0.1 until the thread is interrupted (Ctrl+C ends
     * the process); prints the address. Exit code 2 when the port cannot be used.
     */
    static int serve(Path siteDir, Path out, int port, PrintWriter outWriter, PrintWriter err) {
        try (app.quire.site.LocalSiteServer server = app.quire.site.LocalSiteServer.start(port)) {
            app.quire.site.SiteConfig config = app.quire.site.Site.open(siteDir).config();
            java.net.URI home = server.serve(out, config.baseurl(), config.url());
            outWriter.println("serving " + home + " (this computer only); Ctrl+C stops");
            outWriter.flush();
            new java.util.concurrent.CountDownLatch(1).await();
            return 0;
        } catch (IOException e) {
            err.println("quire export: cannot serve " + out + " on port " + port + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
