package app.quire.bench;

import app.quire.markdown.ExportRenderPaths;
import app.quire.markdown.LegacyPipeline;
import app.quire.markdown.MarkdownRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The export render step alone, flexmark's HtmlRenderer vs the direct writer (docs/decisions/0145,
 * docs/performance-markdown.md), on the bodies of a generated blog. Both render the same parsed documents; the
 * parse is done before the clock starts. Each measurement is a fresh child JVM; flexmark and direct alternate, with
 * the default JIT and with C1 only (what the {@code quire} CLI runs with). It also times the whole {@code toHtml}
 * (parse + render) both ways.
 *
 * <pre>
 * python3 /work/shared/bench/gen_corpus.py --posts 1000 --out /tmp/ew-b1k --flavor hugo
 * mvn -q -B test-compile
 * mvn -q -B dependency:build-classpath -Dmdep.outputFile=/tmp/quire.cp
 * java -cp "target/test-classes:target/classes:$(cat /tmp/quire.cp)" app.quire.bench.ExportWriterBench \
 *     /tmp/ew-b1k/content/posts [REPEATS=3] [WARM_PASSES=10]
 * </pre>
 * First it checks that both paths give the same HTML for every post and counts the posts the writer handles.
 * A child prints, per pass, "render/toHtml" thread CPU ms.
 */
public final class ExportWriterBench {
    private ExportWriterBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Path dir = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> bodies = BlogMarkdownBench.bodies(dir);
        int same = 0;
        int direct = 0;
        for (String body : bodies) {
            Document doc = ExportRenderPaths.parse(body);
            String html = ExportRenderPaths.direct(doc);
            if (html != null) {
                direct++;
            }
            if (ExportRenderPaths.byExportPath(doc).equals(ExportRenderPaths.byFlexmark(doc))
                    && MarkdownRenderer.shared().toHtml(body).equals(LegacyPipeline.renderer().toHtml(body))) {
                same++;
            }
        }
        System.out.printf("%d posts in %s; identical HTML flexmark vs direct path: %d/%d; written directly: %d%n",
                bodies.size(), dir, same, bodies.size(), direct);
        System.out.printf("Java %s, %d cores, %d repeats, %d warm passes per child JVM%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), repeats, warm);
        String[] measures = {"render", "toHtml"};
        ColdWarmTable table = new ColdWarmTable(measures.length, repeats, warm);
        for (String jit : List.of("C1 only", "C2 (default)")) {
            for (int r = 0; r < repeats; r++) {
                List<String> order = r % 2 == 0 ? List.of("flexmark", "direct") : List.of("direct", "flexmark");
                for (String variant : order) {
                    double[][] passes = runChild(variant, dir, warm, jit.startsWith("C1"));
                    String key = jit + " | " + variant;
                    table.add(key, r, passes);
                    StringBuilder sb = new StringBuilder();
                    for (double[] pass : passes) {
                        sb.append(String.format(" %.0f/%.0f", pass[0], pass[1]));
                    }
                    System.out.printf("  %s, passes (render/toHtml thread CPU ms):%s%n", key, sb);
                }
            }
        }
        System.out.println();
        System.out.printf("Thread CPU seconds per %d posts; median over %d child JVMs. Cold = first pass in a fresh "
                + "JVM; warm = median of passes %d..%d.%n", bodies.size(), repeats, 2 + warm / 2, warm + 1);
        System.out.println("| JIT | export render | cold render | warm render | cold toHtml | warm toHtml |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (String key : table.keys()) {
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f |%n", key, table.cold(key, 0) / 1000,
                    table.warm(key, 0) / 1000, table.cold(key, 1) / 1000,
                    table.warm(key, 1) / 1000);
        }
    }

    private static double[][] runChild(String variant, Path dir, int warm, boolean c1) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (c1) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(List.of(ExportWriterBench.class.getName(), "--child", variant, dir.toString(),
                String.valueOf(warm)));
        return ColdWarmTable.runChild(cmd);
    }

    /**
     * One JVM: read and parse the bodies (not timed), then 1 + warm passes. A pass renders every parsed document
     * (render), then runs {@code toHtml} on every body the same way (parse + render); thread CPU ms of each.
     */
    private static void child(String variant, Path dir, int warm) throws IOException {
        List<String> bodies = BlogMarkdownBench.bodies(dir);
        List<Document> docs = new ArrayList<>(bodies.size());
        for (String body : bodies) {
            docs.add(ExportRenderPaths.parse(body));
        }
        Function<Document, String> render = switch (variant) {
            case "flexmark" -> ExportRenderPaths::byFlexmark;
            case "direct" -> ExportRenderPaths::byExportPath;
            default -> throw new IllegalArgumentException(variant);
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder line = new StringBuilder();
        long sink = 0;
        for (int pass = 0; pass <= warm; pass++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (Document doc : docs) {
                sink += render.apply(doc).length();
            }
            long c1 = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                sink += render.apply(ExportRenderPaths.parse(body)).length();
            }
            long c2 = threads.getCurrentThreadCpuTime();
            line.append(String.format("%.0f/%.0f ", (c1 - c0) / 1e6, (c2 - c1) / 1e6));
        }
        System.out.println("sink " + sink);
        System.out.println(line.toString().trim());
    }

}
