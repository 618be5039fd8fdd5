package app.quire.bench;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.RenderContext;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Times the Markdown inputs that made flexmark super-linear (docs/robustness.md, "Markdown (pathological
 * inputs)"): Quire's export ({@code toHtml}), Quire's preview render, and stock flexmark (same extensions, none
 * of Quire's replacements) for comparison. Run:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat /tmp/cp.txt)" app.quire.bench.PathologicalMarkdownBench \
 *     [shape[:size,size..] ...] [--stock] [--limit=SECONDS]
 * </pre>
 * Shapes: {@code links} ({@code [a](} repeated on one line), {@code refs} (one link reference definition per
 * line), {@code lists} (each line one level deeper), {@code para} (a long plain paragraph, the control),
 * {@code repeat=TEXT} (TEXT repeated on one line; {@code \n} in TEXT is a line break), and the escape and entity
 * shapes of decision 0196/0197 ({@code escapes} = {@code x\. }, {@code stars} = {@code \*}, {@code amp} =
 * {@code &amp; }, {@code dec} = {@code &#123; }, {@code hex} = {@code &#x41; }, {@code glued} = {@code x&amp;},
 * {@code mixed}, and {@code x\. } inside {@code label} (link text), {@code heading}, {@code cell} (a table cell),
 * {@code emph}; {@code escapes-link} ends in a URL); the set {@code --escapes} runs them all at 10k-100k.
 * Decision 0201's shapes: {@code amp-link} ({@code &amp; } repeated, then a URL), {@code glued-link}
 * ({@code x&amp;} repeated, then a URL), {@code glued-links} ({@code a&amp;http://b }), {@code alt} ({@code x\. }
 * in an image's alt text), {@code alt-open} (the same without {@code ]}), {@code heading-emph} and
 * {@code heading-link} ({@code x\. } in a heading after emphasis / as a link's text). Decision 0243's:
 * {@code alt-emph} ({@code x\. } in an alt text after emphasis), {@code heading-amp} ({@code &amp; } in a heading
 * after emphasis), {@code alt-amp} ({@code x&amp;} in an alt text after emphasis).
 * Time per repetition stays flat when the cost is linear.
 * Each size is rendered once after one small warm-up (the slow cases take seconds; JIT noise is small next to
 * that). A variant that took longer than the limit (default 90 s) is not run at bigger sizes; -1 means it died of
 * a StackOverflowError.
 */
public final class PathologicalMarkdownBench {
    private PathologicalMarkdownBench() {
    }

    public static void main(String[] args) {
        boolean stock = false;
        double limit = 90;
        List<String> shapes = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.equals("--stock")) {
                stock = true;
            } else if (a.equals("--escapes")) {
                for (String shape : ESCAPE_SHAPES) {
                    shapes.add(shape + ":10000,25000,50000,100000");
                }
            } else if (a.startsWith("--limit=")) {
                limit = Double.parseDouble(a.substring("--limit=".length()));
            } else {
                shapes.add(a);
            }
        }
        if (shapes.isEmpty()) {
            shapes = List.of("links:5000,20000,50000,100000", "refs:10000,40000,100000",
                    "lists:300,1000,2000", "para:100000");
        }
        Function<String, String> stockRender = stockPipeline();
        MarkdownRenderer quire = MarkdownRenderer.shared();
        System.out.printf("%-12s %9s %10s %12s %12s %12s %12s%n", "shape", "size", "bytes", "export ms",
                "preview ms", "stock ms", "export us/n");
        for (String spec : shapes) {
            String[] parts = spec.split(":");
            IntFunction<String> gen = generator(parts[0]);
            String[] sizes = parts.length > 1 ? parts[1].split(",") : new String[] {"1000"};
            // warm-up on a small input of the same shape
            quire.toHtml(gen.apply(200));
            quire.toPreviewBlocks(gen.apply(200), 0, RenderContext.NONE);
            if (stock) {
                time(() -> stockRender.apply(gen.apply(200)));
            }
            boolean skipQuire = false;
            // flexmark's label pattern does not finish on the label shape (2^k backtracking, decision 0197)
            boolean skipStock = !stock || parts[0].equals("label");
            for (String s : sizes) {
                int n = Integer.parseInt(s.trim());
                String md = gen.apply(n);
                double export = skipQuire ? Double.NaN : time(() -> quire.toHtml(md));
                double preview = skipQuire ? Double.NaN
                        : time(() -> quire.toPreviewBlocks(md, 0, RenderContext.NONE));
                double plain = skipStock ? Double.NaN : time(() -> stockRender.apply(md));
                System.out.printf(Locale.ROOT, "%-12s %9d %10d %12.0f %12.0f %12.0f %12.2f%n", parts[0], n,
                        md.length(), export, preview, plain, export * 1000 / n);
                skipQuire |= Math.max(export, preview) > limit * 1000;
                skipStock |= plain > limit * 1000;
            }
        }
    }

    /** The escape and entity shapes (decisions 0196, 0197). */
    static final List<String> ESCAPE_SHAPES = List.of("escapes", "stars", "amp", "dec", "hex", "glued", "mixed",
            "label", "heading", "cell", "emph", "escapes-link");

    /** The text of one shape at size n (the same shapes as PathologicalMarkdownTest). */
    static IntFunction<String> generator(String shape) {
        if (shape.startsWith("repeat=")) {
            String unit = shape.substring("repeat=".length()).replace("\\n", "\n");
            return n -> unit.repeat(n) + "\n";
        }
        switch (shape) {
            case "links":
                return n -> "[a](".repeat(n) + "\n";
            case "refs":
                return n -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        sb.append("[r").append(i).append("]: /u/").append(i).append('\n');
                    }
                    return sb.toString();
                };
            case "lists":
                return n -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        sb.append("  ".repeat(i)).append("- x\n");
                    }
                    return sb.toString();
                };
            case "para":
                return n -> "word and more words\n".repeat(n);
            case "escapes":
                return n -> "x\\. ".repeat(n) + "\n";
            case "stars":
                return n -> "\\*".repeat(n) + "\n";
            case "amp":
                return n -> "&amp; ".repeat(n) + "\n";
            case "dec":
                return n -> "&#123; ".repeat(n) + "\n";
            case "hex":
                return n -> "&#x41; ".repeat(n) + "\n";
            case "glued":
                return n -> "x&amp;".repeat(n) + "\n";
            case "mixed":
                return n -> "x\\. &amp;y\\*&#123;".repeat(n) + "\n";
            case "label":
                return n -> "[" + "x\\. ".repeat(n) + "](/u)\n";
            case "heading":
                return n -> "# " + "x\\. ".repeat(n) + "\n";
            case "cell":
                return n -> "| a | b |\n|---|---|\n| " + "x\\. ".repeat(n) + "| c |\n";
            case "emph":
                return n -> "*" + "x\\. ".repeat(n) + "*\n";
            case "escapes-link":
                return n -> "x\\. ".repeat(n) + "http://a.b/\n";
            case "amp-link":
                return n -> "&amp; ".repeat(n) + "http://a.b/\n";
            case "glued-link":
                return n -> "x&amp;".repeat(n) + "http://a.b/\n";
            case "glued-links":
                return n -> "a&amp;http://b ".repeat(n) + "\n";
            case "alt":
                return n -> "![" + "x\\. ".repeat(n) + "](/i.png)\n";
            case "alt-open":
                return n -> "![" + "x\\. ".repeat(n) + "\n";
            case "heading-emph":
                return n -> "# *a* " + "x\\. ".repeat(n) + "\n";
            case "heading-link":
                return n -> "# [" + "x\\. ".repeat(n) + "](/u)\n";
            case "alt-emph":
                return n -> "![*a* " + "x\\. ".repeat(n) + "](/i.png)\n";
            case "heading-amp":
                return n -> "# *a* " + "&amp; ".repeat(n) + "\n";
            case "alt-amp":
                return n -> "![*a* " + "x&amp;".repeat(n) + "](/i.png)\n";
            default:
                throw new IllegalArgumentException("unknown shape " + shape + " (links, refs, lists, para, "
                        + String.join(", ", ESCAPE_SHAPES) + ", repeat=TEXT)");
        }
    }

    private static Function<String, String> stockPipeline() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()));
        o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        o.set(HtmlRenderer.RENDER_HEADER_ID, true);
        Parser parser = Parser.builder(o).build();
        HtmlRenderer renderer = HtmlRenderer.builder(o).build();
        return md -> renderer.render(parser.parse(md));
    }

    /** Milliseconds taken; negative when it died of a StackOverflowError (stock flexmark does on long titles). */
    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        try {
            r.run();
        } catch (StackOverflowError e) {
            return -1;
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
