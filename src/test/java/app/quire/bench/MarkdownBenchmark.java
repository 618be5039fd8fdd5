package app.quire.bench;

import app.quire.markdown.LegacyPipeline;
import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewSession;
import app.quire.markdown.RenderContext;
import app.quire.post.Post;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Markdown render benchmark (docs/performance-markdown.md). Run:
 * {@code mvn -q -B -Pbench test-compile exec:java}
 * For each document size the variants run interleaved in the same loop (round robin), so machine noise hits
 * them alike: Quire's export vs the same pipeline with its set-up from before the speed work (decisions 0140-0143)
 * and vs bare flexmark with the same extensions, the full preview render, and the
 * incremental preview update for a one-character edit at the start, middle and end vs that full render.
 * For the export over a whole generated blog, cold and warm, C1 and C2, see {@link BlogMarkdownBench}.
 */
public final class MarkdownBenchmark {
    private MarkdownBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String seed = MarkdownCorpus.seedPost();
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("seed (" + seed.length() / 1024 + " KB)", seed);
        docs.put("100 KB", "---\ntitle: bench\n---\n\n" + MarkdownCorpus.document(100_000, 100));
        docs.put("1 MB", "---\ntitle: bench\n---\n\n" + MarkdownCorpus.document(1_000_000, 1000));
        System.out.printf("Markdown benchmark - seed: %s; Java %s; %d cores; max heap %d MB%n",
                MarkdownCorpus.seedSource(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println();
        System.out.println("| document | variant | median ms | p90 ms | runs |");
        System.out.println("|---|---|---:|---:|---:|");
        for (Map.Entry<String, String> doc : docs.entrySet()) {
            int size = doc.getValue().length();
            int runs = size < 20_000 ? 300 : size < 200_000 ? 60 : 20;
            run(doc.getKey(), doc.getValue(), runs);
        }
    }

    private static void run(String name, String text, int runs) {
        Post post = Post.parse(text);
        String body = post.body();
        MarkdownRenderer quire = MarkdownRenderer.shared();
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        Parser bareParser = Parser.builder(options).build();
        HtmlRenderer bareRenderer = HtmlRenderer.builder(options).build();
        RenderContext ctx = new RenderContext(Path.of("/tmp/site"), Path.of("/tmp/site/_posts"));

        Map<String, IntConsumer> variants = new LinkedHashMap<>();
        variants.put("export: Quire toHtml", i -> sink(quire.toHtml(body)));
        MarkdownRenderer legacy = LegacyPipeline.renderer();
        variants.put("export: Quire toHtml, set-up before 0140-0142", i -> sink(legacy.toHtml(body)));
        variants.put("export: bare flexmark, same extensions", i -> sink(bareRenderer.render(bareParser.parse(body))));
        variants.put("preview: full render (toPreviewBlocks)", i -> sink(
                quire.toPreviewBlocks(body, post.bodyStartLine(), ctx)));
        variants.put("preview: incremental, 1 char at start", editor(text, ctx, firstParagraphOffset(text)));
        variants.put("preview: incremental, 1 char in middle", editor(text, ctx, paragraphOffsetNear(text, 0.5)));
        variants.put("preview: incremental, 1 char at end", editor(text, ctx, paragraphOffsetNear(text, 0.98)));

        Map<String, long[]> times = new LinkedHashMap<>();
        variants.keySet().forEach(k -> times.put(k, new long[runs]));
        int warmup = Math.max(5, runs / 5);
        List<String> order = new ArrayList<>(variants.keySet());
        for (int i = -warmup; i < runs; i++) {
            for (int v = 0; v < order.size(); v++) {
                String key = order.get(Math.floorMod(v + i, order.size()));
                long t0 = System.nanoTime();
                variants.get(key).accept(i);
                long t = System.nanoTime() - t0;
                if (i >= 0) {
                    times.get(key)[i] = t;
                }
            }
        }
        times.forEach((key, t) -> {
            long[] sorted = t.clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %s | %.2f | %.2f | %d |%n", name, key, sorted[sorted.length / 2] / 1e6,
                    sorted[(int) Math.ceil(sorted.length * 0.9) - 1] / 1e6, sorted.length);
        });
        System.out.printf("| %s | (sink %d) | | | |%n", name, sink % 10);
    }

    /** A session holding the document; each call types or deletes one character at {@code at}. */
    private static IntConsumer editor(String text, RenderContext ctx, int at) {
        PreviewSession session = new PreviewSession(MarkdownRenderer.shared(), ctx);
        session.update(text);
        String typed = text.substring(0, at) + "x" + text.substring(at);
        boolean[] inserted = {false};
        return i -> {
            inserted[0] = !inserted[0];
            sink(session.update(inserted[0] ? typed : text));
        };
    }

    /** Inside the first body paragraph: just after its first word. */
    private static int firstParagraphOffset(String text) {
        Post post = Post.parse(text);
        int bodyStart = text.length() - post.body().length();
        int at = bodyStart;
        while (at < text.length() && !Character.isLetter(text.charAt(at))) {
            at++;
        }
        int space = text.indexOf(' ', at);
        return space < 0 ? at : space;
    }

    /** Inside a plain paragraph line near the given fraction of the text. */
    private static int paragraphOffsetNear(String text, double fraction) {
        int at = (int) (text.length() * fraction);
        while (at > 0) {
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (line.length() > 20 && Character.isLetter(line.charAt(0))) {
                return lineStart + line.indexOf(' ');
            }
            at = lineStart - 1;
        }
        return firstParagraphOffset(text);
    }

    private static long sink;

    private static void sink(Object o) {
        sink += o.hashCode();
    }
}
