package app.quire.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code quire export SITE -o OUT [--drafts] [--future] [--expired] [--clean] [-q]} without picocli: its 4.7 jar is built for
 * Java 5, so the class-data archive cannot hold its ~180 classes and they are parsed and verified on every run,
 * with the reflection over all sub-commands (decision 0159). Only argument lists of exactly that plain form take
 * this path; anything else (help, --debug, {@code --output=OUT}, repeated or unknown options, mistakes) returns
 * null and goes through picocli as before, so usage errors and help look the same.
 */
final class ExportFastPath {
    private ExportFastPath() {
    }

    /** The exit code of the export, or null when picocli should handle these arguments. */
    static Integer run(String[] args) {
        if (args.length < 4 || !args[0].equals("export")) {
            return null;
        }
        String site = null;
        String out = null;
        boolean drafts = false;
        boolean future = false;
        boolean expired = false;
        boolean clean = false;
        boolean quiet = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty()) {
                return null;
            }
            switch (a) {
                case "-o", "--output" -> {
                    if (out != null || i + 1 >= args.length || args[i + 1].isEmpty() || args[i + 1].startsWith("-")) {
                        return null;
                    }
                    out = args[++i];
                }
                case "--drafts" -> {
                    if (drafts) {
                        return null;
                    }
                    drafts = true;
                }
                case "--future" -> {
                    if (future) {
                        return null;
                    }
                    future = true;
                }
                case "--expired" -> {
                    if (expired) {
                        return null;
                    }
                    expired = true;
                }
                case "--clean" -> {
                    if (clean) {
                        return null;
                    }
                    clean = true;
                }
                case "-q", "--quiet" -> {
                    if (quiet) {
                        return null;
                    }
                    quiet = true;
                }
                default -> {
                    if (a.startsWith("-") || site != null) {
                        return null;
                    }
                    site = a;
                }
            }
        }
        if (site == null || out == null) {
            return null;
        }
        Path sitePath;
        Path outPath;
        try {
            sitePath = Path.of(site);
            outPath = Path.of(out);
        } catch (InvalidPathException e) {
            return null; // picocli reports it
        }
        PrintWriter stdout = writer(System.out, "sun.stdout.encoding");
        PrintWriter stderr = writer(System.err, "sun.stderr.encoding");
        try {
            return ExportRun.export(sitePath, outPath, new ExportRun.Flags(drafts, future, clean, quiet, expired),
                    stdout, stderr);
        } catch (RuntimeException e) {
            // as QuireCli's execution exception handler does
            stderr.println("quire export: " + QuireCli.message(e));
            stderr.flush();
            return QuireCli.USAGE;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /** A writer like picocli's own for stdout and stderr: the stream's encoding property, else the default. */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset charset = Charset.defaultCharset();
        if (name != null) {
            try {
                charset = Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
            } catch (RuntimeException e) {
                charset = Charset.defaultCharset();
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
