package app.quire.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quire export SITE -o OUT [--drafts] [--future] [--expired] [--clean] [--serve[=PORT]]}: the site as static HTML,
 * and with {@code --serve} then shown over HTTP on 127.0.0.1 until interrupted (decision 0199).
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

    @Option(names = "--expired", description = "Include posts whose expiryDate has passed (Hugo's --buildExpired).")
    private boolean expired;

    @Option(names = "--clean", description = "Delete everything in OUT first, also files Quire did not make.")
    private boolean clean;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no summary line.")
    private boolean quiet;

    @Option(names = "--serve", arity = "0..1", fallbackValue = "0", paramLabel = "PORT",
            description = "Then show OUT in a browser: serve it on this computer only (127.0.0.1) at the site's "
                    + "baseurl, on PORT (default: a free one), until Ctrl+C.")
    private Integer serve;

    @Override
    public Integer call() {
        int code = ExportRun.export(siteDir, out, new ExportRun.Flags(drafts, future, clean, quiet, expired),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        if (serve == null || code == 2) {
            return code;
        }
        return ExportRun.serve(siteDir, out, serve, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
