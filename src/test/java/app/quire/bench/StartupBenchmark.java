package app.quire.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up benchmark: starts {@code java [jvm args] -Dquire.startupProbe=true -jar target/quire.jar} N times and
 * times, from just before {@code ProcessBuilder.start()}, the app's "QUIRE-READY editable" line (first painted
 * frame with the sample post in a focused editor) and "QUIRE-READY preview" line (preview page loaded and
 * painted), plus peak RSS (VmHWM) as the app reports it. Needs a display: run it under xvfb-run.
 *
 * <pre>
 * mvn -q -B package -DskipTests &amp;&amp; mvn -q -B test-compile
 * xvfb-run -a -s '-screen 0 1280x800x24' java -cp target/test-classes app.quire.bench.StartupBenchmark \
 *     [--runs 7] [--first-start] [--jar target/quire.jar] [-- extra JVM options]
 * </pre>
 *
 * Each run uses its own XDG config/data folders under a temp folder: with {@code --first-start} every run installs
 * the sample blog (first start ever); otherwise one unmeasured run installs it and the measured runs reopen that
 * session (a normal later start). Not a test: surefire does not pick it up.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_S = 60;

    private StartupBenchmark() {
    }

    record Run(double editableMs, double previewMs, String previewKind, long rssKb) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        boolean firstStart = false;
        String jar = "target/quire.jar";
        List<String> jvm = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs": runs = Integer.parseInt(args[++i]); break;
                case "--first-start": firstStart = true; break;
                case "--jar": jar = args[++i]; break;
                case "--": jvm.addAll(Arrays.asList(args).subList(i + 1, args.length)); i = args.length; break;
                default: throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Path home = Files.createTempDirectory("quire-startup-");
        String loadBefore = loadAverage();
        if (!firstStart) {
            Run warm = runOnce(jar, jvm, home);
            System.out.printf(Locale.ROOT, "warm-up (installs the sample): editable %.0f ms, preview %.0f ms%n",
                    warm.editableMs(), warm.previewMs());
        }
        List<Run> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path dirs = firstStart ? Files.createTempDirectory(home, "run-") : home;
            Run r;
            try {
                r = runOnce(jar, jvm, dirs);
            } catch (IllegalStateException e) {
                // A run killed from outside (shared machine) is reported and repeated once.
                System.out.println("run " + (i + 1) + " failed, repeating: " + e.getMessage());
                r = runOnce(jar, jvm, dirs);
            }
            results.add(r);
            System.out.printf(Locale.ROOT, "run %d: editable %.0f ms, %s %.0f ms, peak RSS %d MB%n", i + 1,
                    r.editableMs(), r.previewKind(), r.previewMs(), r.rssKb() / 1024);
        }
        System.out.printf(Locale.ROOT, "%nload average before/after: %s / %s%n", loadBefore, loadAverage());
        System.out.printf(Locale.ROOT, "JVM options: %s%nruns: %d (%s)%n", jvm.isEmpty() ? "(none)" : String.join(" ", jvm),
                runs, firstStart ? "first start: sample installed each run" : "later start: session reopened");
        System.out.printf(Locale.ROOT, "editable  median %.0f ms  p90 %.0f ms%n", median(results, Run::editableMs),
                p90(results, Run::editableMs));
        System.out.printf(Locale.ROOT, "preview   median %.0f ms  p90 %.0f ms  (%s)%n", median(results, Run::previewMs),
                p90(results, Run::previewMs), results.get(0).previewKind());
        System.out.printf(Locale.ROOT, "peak RSS  median %.0f MB  max %.0f MB%n", median(results, r -> r.rssKb() / 1024.0),
                results.stream().mapToDouble(r -> r.rssKb() / 1024.0).max().orElse(0));
        deleteTree(home);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Run runOnce(String jar, List<String> jvm, Path dirs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dquire.startupProbe=true");
        cmd.add("-jar");
        cmd.add(jar);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("XDG_CONFIG_HOME", dirs.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", dirs.resolve("data").toString());
        // The session file lives in the state folder; user.home comes from the passwd entry, not $HOME.
        pb.environment().put("XDG_STATE_HOME", dirs.resolve("state").toString());
        pb.redirectError(dirs.resolve("stderr.log").toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        double editable = -1;
        double preview = -1;
        String kind = "preview";
        long rss = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                double ms = (System.nanoTime() - t0) / 1e6;
                if (line.startsWith("QUIRE-READY editable")) {
                    editable = ms;
                } else if (line.startsWith("QUIRE-READY preview")) {
                    preview = ms;
                    kind = line.split(" ")[1];
                } else if (line.startsWith("QUIRE-READY rss")) {
                    rss = Long.parseLong(line.split(" ")[2]);
                }
            }
        }
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Quire did not exit; see " + dirs.resolve("stderr.log"));
        }
        if (editable < 0 || preview < 0) {
            throw new IllegalStateException("No QUIRE-READY lines (exit " + p.exitValue() + "); see "
                    + dirs.resolve("stderr.log"));
        }
        return new Run(editable, preview, kind, rss);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    interface Metric {
        double of(Run r);
    }

    static double median(List<Run> runs, Metric m) {
        return percentile(runs, m, 0.5);
    }

    static double p90(List<Run> runs, Metric m) {
        return percentile(runs, m, 0.9);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Run> runs, Metric m, double q) {
        List<Double> v = new ArrayList<>();
        runs.forEach(r -> v.add(m.of(r)));
        Collections.sort(v);
        int rank = (int) Math.ceil(q * v.size());
        return v.get(Math.max(0, rank - 1));
    }
}
