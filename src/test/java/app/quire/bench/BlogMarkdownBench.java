package app.quire.bench;

import app.quire.markdown.LegacyPipeline;
import app.quire.markdown.MarkdownRenderer;
import app.quire.post.Post;
import com.vladsch.flexmark.parser.Parser;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Export-side Markdown cost over a generated blog (docs/performance-markdown.md): every post body through
 * {@code toHtml}, old pipeline set-up ({@link LegacyPipeline}) vs the current one, cold and warm, with the
 * default JIT and with C1 only. Each measurement runs in a fresh child JVM (so "cold" really is the first pass
 * over the posts in a new process); old and new alternate, so machine noise hits both alike.
 *
 * <pre>
 * python3 /work/shared/bench/gen_corpus.py --posts 1000 --out /tmp/b1k --flavor hugo
 * mvn -q -B test-compile
 * mvn -q -B dependency:build-classpath -Dmdep.outputFile=/tmp/quire.cp
 * java [-Dquire.bench.baseCp=OTHER/target/classes] [-Dquire.bench.variants=old,base,new]
 *     [-Dquire.bench.jits="C2 (default),C1 only"] -cp "target/test-classes:target/classes:$(cat /tmp/quire.cp)" \
 *     app.quire.bench.BlogMarkdownBench [--step=render|parse] /tmp/b1k/content/posts [REPEATS=3] [WARM_PASSES=10]
 * </pre>
 * {@code --step=parse} times flexmark's {@code Parser.parse} alone (block and inline parsing, pre- and
 * post-processors) of the same pipelines; the default times {@code toHtml}. With {@code quire.bench.baseCp}, the
 * variant "base" runs the current pipeline from another build's classes (say, a checkout of main), so a change
 * can be compared with its base in one interleaved run. C1 children run with the CLI launcher's flags
 * ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}).
 * First it checks that old and new give the same HTML for every post. A child run is
 * {@code BlogMarkdownBench --child old|new render|parse DIR WARM_PASSES}: it prints wall, thread CPU and process
 * CPU ms of each pass. On a shared machine compare CPU times: wall clock suffers from descheduling.
 */
public final class BlogMarkdownBench {
    private BlogMarkdownBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]));
            return;
        }
        String step = "render";
        if (args.length > 0 && args[0].startsWith("--step=")) {
            step = args[0].substring("--step=".length());
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        Path dir = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String baseCp = System.getProperty("quire.bench.baseCp", "");
        List<String> variants = new ArrayList<>(List.of(System.getProperty("quire.bench.variants",
                baseCp.isEmpty() ? "old,new" : "old,base,new").split(",")));
        List<String> jits = List.of(System.getProperty("quire.bench.jits", "C2 (default),C1 only").split(","));
        List<String> bodies = bodies(dir);
        int same = 0;
        for (String body : bodies) {
            if (MarkdownRenderer.shared().toHtml(body).equals(LegacyPipeline.renderer().toHtml(body))) {
                same++;
            }
        }
        long chars = bodies.stream().mapToLong(String::length).sum();
        System.out.printf("%d posts (%.1f MB of bodies) in %s; identical HTML old vs new: %d/%d%n", bodies.size(),
                chars / 1e6, dir, same, bodies.size());
        System.out.printf("Java %s, %d cores, %d repeats, %d warm passes per child JVM, step %s, variants %s%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), repeats, warm, step,
                variants);
        String[] measures = {"wall", "thread CPU", "process CPU"};
        ColdWarmTable table = new ColdWarmTable(measures.length, repeats, warm);
        for (String jit : jits) {
            for (int r = 0; r < repeats; r++) {
                // rotate the start so that load spikes hit every variant alike
                List<String> order = new ArrayList<>(variants);
                Collections.rotate(order, r);
                for (String variant : order) {
                    double[][] passes = runChild(variant, step, dir, warm, jit.startsWith("C1"), baseCp);
                    String key = jit + " | " + variant;
                    table.add(key, r, passes);
                    StringBuilder sb = new StringBuilder();
                    for (double[] pass : passes) {
                        sb.append(String.format(" %.0f/%.0f/%.0f", pass[0], pass[1], pass[2]));
                    }
                    System.out.printf("  %s, passes (wall/thread CPU/process CPU ms):%s%n", key, sb);
                }
            }
        }
        System.out.println();
        System.out.printf("Seconds per %d posts; median over %d child JVMs. Cold = first pass in a fresh JVM; "
                + "warm = median of passes %d..%d.%n", bodies.size(), repeats, 2 + warm / 2, warm + 1);
        System.out.println("| JIT | pipeline | cold wall | cold thread CPU | cold process CPU | warm wall "
                + "| warm thread CPU |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (String key : table.keys()) {
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", key, table.cold(key, 0) / 1000,
                    table.cold(key, 1) / 1000, table.cold(key, 2) / 1000,
                    table.warm(key, 0) / 1000, table.warm(key, 1) / 1000);
        }
    }

    private static double[][] runChild(String variant, String step, Path dir, int warm, boolean c1, String baseCp)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (c1) {
            // as the CLI launcher runs the export (docs/decisions/0170)
            cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        }
        cmd.add("-cp");
        // "base": the current pipeline from another build (e.g. main's classes) ahead of ours
        cmd.add(variant.equals("base") ? baseCp + File.pathSeparator + System.getProperty("java.class.path")
                : System.getProperty("java.class.path"));
        cmd.addAll(List.of(BlogMarkdownBench.class.getName(), "--child", variant.equals("base") ? "new" : variant,
                step, dir.toString(), String.valueOf(warm)));
        return ColdWarmTable.runChild(cmd);
    }

    /**
     * One JVM: read the bodies (not timed), then 1 + warm passes. Prints, per pass, "wall/thread/process" ms:
     * wall clock, CPU time of the rendering thread, CPU time of the whole JVM (includes JIT compiler threads).
     */
    private static void child(String variant, String step, Path dir, int warm) throws IOException {
        List<String> bodies = bodies(dir);
        MarkdownRenderer pipeline = switch (variant) {
            case "old" -> LegacyPipeline.renderer();
            case "new" -> MarkdownRenderer.shared();
            default -> throw new IllegalArgumentException(variant);
        };
        Parser parser = LegacyPipeline.parserOf(pipeline);
        ToIntFunction<String> render = switch (step) {
            case "render" -> body -> pipeline.toHtml(body).length();
            // the parse step alone (parse + post-processors), on the body as toHtml sees it
            case "parse" -> body -> parser.parse(body).getTextLength();
            default -> throw new IllegalArgumentException(step);
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringBuilder line = new StringBuilder();
        long sink = 0;
        for (int pass = 0; pass <= warm; pass++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            for (String body : bodies) {
                sink += render.applyAsInt(body);
            }
            line.append(String.format("%.0f/%.0f/%.0f ", (System.nanoTime() - t0) / 1e6,
                    (threads.getCurrentThreadCpuTime() - c0) / 1e6, (os.getProcessCpuTime() - p0) / 1e6));
        }
        System.out.println("sink " + sink);
        System.out.println(line.toString().trim());
    }

    static List<String> bodies(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
        List<String> bodies = new ArrayList<>(files.size());
        for (Path f : files) {
            bodies.add(Post.parse(Files.readString(f, StandardCharsets.UTF_8)).body());
        }
        return bodies;
    }

}
