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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quire export SITE -o OUT [--drafts] [--future] [--clean]}: the site as static HTML.
 * Exit 0: exported without errors; 1: exported, but some files had errors (listed on stderr as
 * {@code FILE:LINE:COL: error: message}); 2: bad usage or the site/output folder cannot be used.
 * Warnings are listed too but do not change the exit code.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a Jekyll, Hugo or plain Markdown blog folder to a static site folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported, no errors", "1:exported, some files had errors (see stderr)",
            "2:bad usage, or the site or output folder cannot be used"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SITE", description = "The blog folder.")
    private Path siteDir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The folder to write to.")
    private Path out;

    @Option(names = "--drafts", description = "Include drafts (_drafts/, draft: true).")
    private boolean drafts;

    @Option(names = "--future", description = "Include posts dated in the future.")
    private boolean future;

    @Option(names = "--clean", description = "Delete everything in OUT first, also files Quire did not make.")
    private boolean clean;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no summary line.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (!Files.isDirectory(siteDir)) {
            err.println("quire export: not a folder: " + siteDir);
            return 2;
        }
        ExportReport report;
        try {
            report = SiteExporter.export(siteDir, out, new ExportOptions(drafts, future, clean, Instant.now()));
        } catch (IllegalArgumentException | IOException e) {
            err.println("quire export: " + e.getMessage());
            return 2;
        }
        for (Problem p : report.problems()) {
            err.println(p);
        }
        err.flush();
        if (!quiet) {
            outWriter.printf("exported to %s: %d written, %d unchanged, %d removed%n", out, report.written(),
                    report.unchanged(), report.removed());
            outWriter.flush();
        }
        return report.hasErrors() ? 1 : 0;
    }
}
