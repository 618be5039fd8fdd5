package app.quire.bench;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewSession;
import app.quire.markdown.RenderContext;
import app.quire.post.Post;
import app.quire.ui.preview.PreviewDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;

/**
 * Keystroke-to-preview benchmark for {@link app.quire.ui.preview.PreviewPane}: one-character edits at varied
 * places of a seed-sized post and of a 1 MB seed-like document, timed from show(newText) to the DOM patched and
 * its layout flushed; compared in the same run with replacing the whole article (innerHTML, loadContent).
 * Command and results: docs/performance-preview.md. Runs headless under Monocle unless -Dbench.window=true.
 */
public final class PreviewBenchmark {
    private static final String SEPARATOR = "----------------------------------------------------------------";

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (!Boolean.getBoolean("bench.window")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);

        Path site = Files.createTempDirectory("quire-bench-site");
        System.setProperty("quire.cache.home", site.resolve("cache").toString());
        List<Doc> docs = new ArrayList<>();
        docs.add(new Doc("seed-sized post", seedPost()));
        docs.add(new Doc("1 MB document", bigDocument(options.docs)));

        System.out.printf(Locale.ROOT, "Quire preview benchmark: %d edits per document (+%d warm-up), %s%n",
                options.edits, options.warmup, Boolean.getBoolean("bench.window") ? "window" : "Monocle headless");
        System.out.println(SEPARATOR);
        for (Doc doc : docs) {
            run(doc, site, options);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(Doc doc, Path site, Options options) {
        Stage stage = PreviewDriver.fx(Stage::new);
        PreviewDriver driver = PreviewDriver.open(stage, new RenderContext(site, site), 1000, 800);
        long loadNanos = driver.timeShow(doc.text);
        int blocks = ((Number) driver.js("window.quire.blockCount()")).intValue();

        List<String> texts = editSequence(doc.text, options.warmup + options.edits, 7);
        long[] incremental = new long[options.edits];
        long[] apply = new long[options.edits];
        for (int i = 0; i < texts.size(); i++) {
            long t = driver.timeShow(texts.get(i));
            if (i >= options.warmup) {
                incremental[i - options.warmup] = t;
                apply[i - options.warmup] = driver.lastApplyNanos();
            }
        }
        String shell = driver.location();
        PreviewDriver.fx(() -> {
            driver.pane().dispose();
            stage.close();
            return null;
        });

        // the Markdown side alone, same edits, fresh session (what PreviewSession costs per keystroke)
        PreviewSession session = new PreviewSession(MarkdownRenderer.shared(), new RenderContext(site, site));
        session.update(doc.text);
        long[] markdownOnly = new long[options.edits];
        for (int i = 0; i < texts.size(); i++) {
            long t0 = System.nanoTime();
            session.update(texts.get(i));
            if (i >= options.warmup) {
                markdownOnly[i - options.warmup] = System.nanoTime() - t0;
            }
        }

        // full re-render of the body (export pipeline), and full DOM replacements in a plain WebView
        int fullRuns = Math.min(options.edits, 15);
        long[] fullMarkdown = new long[fullRuns];
        String[] fullHtml = new String[fullRuns];
        for (int i = 0; i < fullRuns; i++) {
            String body = Post.parse(texts.get(options.warmup + i)).body();
            long t0 = System.nanoTime();
            fullHtml[i] = MarkdownRenderer.shared().toHtml(body);
            fullMarkdown[i] = System.nanoTime() - t0;
        }
        long[] innerHtml = new long[fullRuns];
        long[] loadContent = new long[fullRuns];
        fullReplacements(shell, fullHtml, innerHtml, loadContent);

        System.out.printf(Locale.ROOT, "%s: %,d chars, %,d blocks, first render %.0f ms%n", doc.name,
                doc.text.length(), blocks, loadNanos / 1e6);
        print("keystroke -> preview patched (show() to layout flushed)", incremental);
        print("  of which page script: patch + layout flush", apply);
        print("  PreviewSession.update alone, same edits (Markdown side)", markdownOnly);
        print("full Markdown render of the body (toHtml)", fullMarkdown);
        print("full replacement: #content.innerHTML + layout", innerHtml);
        print("full replacement: loadContent until SUCCEEDED", loadContent);
        System.out.println(SEPARATOR);
    }

    private static void fullReplacements(String shell, String[] html, long[] innerHtml, long[] loadContent) {
        WebView view = PreviewDriver.fx(() -> {
            WebView v = new WebView();
            Stage stage = new Stage();
            stage.setScene(new Scene(v, 1000, 800));
            stage.show();
            v.getEngine().load(shell);
            return v;
        });
        PreviewDriver.waitUntil(() -> PreviewDriver.fx(
                () -> view.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED));
        PreviewDriver.fx(() -> view.getEngine().executeScript(
                "window.replaceAll = function (h) { document.getElementById('content').innerHTML = h;"
                        + " return document.body.offsetHeight; }"));
        for (int i = 0; i < html.length; i++) {
            String h = html[i];
            innerHtml[i] = PreviewDriver.fx(timed(() -> {
                ((JSObject) view.getEngine().executeScript("window")).call("replaceAll", h);
                return 0;
            }));
        }
        String css = PreviewDriver.fx(() -> (String) view.getEngine().executeScript(
                "Array.prototype.map.call(document.styleSheets, function (s) {"
                        + " return Array.prototype.map.call(s.cssRules, function (r) { return r.cssText; }).join('\\n');"
                        + " }).join('\\n')"));
        for (int i = 0; i < html.length; i++) {
            String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>" + css + "</style></head>"
                    + "<body><article class=\"article\"><div class=\"article-body\">" + html[i]
                    + "</div></article></body></html>";
            long[] start = new long[1];
            PreviewDriver.fx(() -> {
                start[0] = System.nanoTime();
                view.getEngine().loadContent(page);
                return null;
            });
            long[] end = new long[1];
            PreviewDriver.waitUntil(() -> PreviewDriver.fx(() -> {
                if (view.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED && end[0] == 0) {
                    view.getEngine().executeScript("document.body.offsetHeight");
                    end[0] = System.nanoTime();
                }
                return end[0] != 0;
            }));
            loadContent[i] = end[0] - start[0];
        }
        PreviewDriver.fx(() -> {
            view.getScene().getWindow().hide();
            return null;
        });
    }

    private static java.util.concurrent.Callable<Long> timed(java.util.concurrent.Callable<Integer> work) {
        return () -> {
            long t0 = System.nanoTime();
            work.call();
            return System.nanoTime() - t0;
        };
    }

    /** Cumulative one-character edits (insert, or delete every fourth) in body lines of prose, spread over the text. */
    static List<String> editSequence(String text, int count, long seed) {
        Random random = new Random(seed);
        int bodyStart = text.length() - Post.parse(text).body().length();
        List<String> out = new ArrayList<>(count);
        String current = text;
        for (int i = 0; i < count; i++) {
            int at = bodyStart + random.nextInt(current.length() - bodyStart);
            int lineStart = current.lastIndexOf('\n', at - 1) + 1;
            while (lineStart < current.length() && !Character.isLetter(current.charAt(lineStart))) {
                int next = current.indexOf('\n', lineStart);
                lineStart = next < 0 ? bodyStart : next + 1;
            }
            int lineEnd = current.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? current.length() : lineEnd;
            int pos = lineStart + random.nextInt(Math.max(1, lineEnd - lineStart));
            current = i % 4 == 3 && pos < lineEnd
                    ? current.substring(0, pos) + current.substring(pos + 1)
                    : current.substring(0, pos) + (char) ('a' + random.nextInt(26)) + current.substring(pos);
            out.add(current);
        }
        return out;
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-58s median %7.1f ms   p90 %7.1f ms   (n=%d)%n", label,
                percentile(sorted, 50) / 1e6, percentile(sorted, 90) / 1e6, sorted.length);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String seedPost() throws IOException {
        Path seed = Path.of("/work/shared/corpus/2021-12-10-aws-serverless-badge.md");
        return Files.isRegularFile(seed) ? Files.readString(seed, StandardCharsets.UTF_8) : PreviewDriver.samplePost();
    }

    /** gen_corpus.py's doc-1M.md when given, else the sample post's body repeated to 1 MB (deterministic). */
    private static String bigDocument(Path docs) throws IOException {
        if (docs != null && Files.isRegularFile(docs.resolve("doc-1M.md"))) {
            return Files.readString(docs.resolve("doc-1M.md"), StandardCharsets.UTF_8);
        }
        String body = Post.parse(PreviewDriver.samplePost()).body();
        StringBuilder out = new StringBuilder("---\ntitle: Big\n---\n");
        for (int i = 0; out.length() < 1_000_000; i++) {
            out.append("\n\n## Part ").append(i).append(" ##\n\n").append(body.replace("[^1]", "[^" + i + "]"));
        }
        return out.toString();
    }

    private record Doc(String name, String text) {
    }

    private record Options(Path docs, int edits, int warmup) {
        static Options parse(String[] args) {
            Path docs = null;
            int edits = 60;
            int warmup = 15;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--docs" -> docs = Path.of(args[i + 1]);
                    case "--edits" -> edits = Integer.parseInt(args[i + 1]);
                    case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return new Options(docs, edits, warmup);
        }
    }
}
