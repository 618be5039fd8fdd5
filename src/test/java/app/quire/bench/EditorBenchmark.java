package app.quire.bench;

import app.quire.ui.editor.EditorTimingListener;
import app.quire.ui.editor.MarkdownEditor;
import app.quire.ui.editor.MarkdownHighlighter;
import app.quire.ui.editor.OutlineExtractor;
import app.quire.ui.editor.TextStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * Editor typing benchmark (see docs/performance-editor.md for the command): loads a large seed-like document into
 * a MarkdownEditor in a Stage, types into it at several places and reports where the time goes.
 *
 * <p>Arguments: {@code [document.md] [--scale N] [--keys N] [--pause-ms N] [--baseline]}; {@code --baseline}
 * types the same way into a plain CodeArea without highlighting, to tell the editor's cost from the machine's. Without a document it builds one
 * of about 1 MB by repeating the test fixture post with varied numbers.
 */
public final class EditorBenchmark {
    private static final Stats COMPUTE = new Stats("highlight + outline + counts (background)");
    private static final Stats SNAPSHOT = new Stats("text snapshot getText() (FX)");
    private static final Stats APPLY = new Stats("setStyleSpans per call (FX)");
    private static final Stats APPLY_CHARS = new Stats("characters restyled per call");
    private static final Stats INSERT = new Stats("insertText of one keystroke (FX, RichTextFX itself)");
    private static final Stats FRAME_GAP = new Stats("gap between frames while typing");
    private static final Stats PROBE = new Stats("runLater round trip while typing");

    /** Off while the caret jumps to a new place (scrolling and laying out new lines is not typing). */
    private static final AtomicBoolean RECORDING = new AtomicBoolean(true);

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String docPath = null;
        int scale = 1;
        int keys = 200;
        int pauseMs = 40;
        boolean baseline = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale": scale = Integer.parseInt(args[++i]); break;
                case "--keys": keys = Integer.parseInt(args[++i]); break;
                case "--pause-ms": pauseMs = Integer.parseInt(args[++i]); break;
                case "--baseline": baseline = true; break;
                default: docPath = args[i];
            }
        }
        String one = docPath == null ? generated() : Files.readString(Path.of(docPath), StandardCharsets.UTF_8);
        String text = one.repeat(scale);
        System.out.printf(Locale.ROOT, "document: %s x%d = %,d chars, %,d lines; %d keystrokes, %d ms apart%n",
                docPath == null ? "generated from the fixture" : docPath, scale, text.length(),
                text.split("\n", -1).length, keys, pauseMs);

        if (baseline) {
            baseline(text, keys, pauseMs);
        } else {
            pureHighlighter(text);
            typing(text, keys, pauseMs);
        }
        Platform.exit();
    }

    /** The highlighter alone, on the calling thread: warm-up, then timed runs. */
    private static void pureHighlighter(String text) {
        MarkdownHighlighter highlighter = new MarkdownHighlighter();
        OutlineExtractor outline = new OutlineExtractor();
        Stats hl = new Stats("MarkdownHighlighter.highlight");
        Stats ol = new Stats("OutlineExtractor.headings");
        Stats st = new Stats("TextStats.of");
        for (int i = 0; i < 5; i++) {
            highlighter.highlight(text);
        }
        int spans = 0;
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            spans = highlighter.highlight(text).getSpanCount();
            hl.add(System.nanoTime() - t);
            t = System.nanoTime();
            outline.headings(text);
            ol.add(System.nanoTime() - t);
            t = System.nanoTime();
            TextStats.of(text);
            st.add(System.nanoTime() - t);
        }
        System.out.printf(Locale.ROOT, "%n## Pure computation (%,d spans), ms%n%n", spans);
        Stats.header();
        hl.printMillis();
        ol.printMillis();
        st.printMillis();
    }

    private static void typing(String text, int keys, int pauseMs) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MarkdownEditor editor = onFx(() -> {
            MarkdownEditor e = new MarkdownEditor();
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) e.node(), 1000, 720));
            stage.show();
            return e;
        });
        AtomicBoolean typing = new AtomicBoolean(false);
        editor.setTimingListener(new EditorTimingListener() {
            @Override
            public void snapshotTaken(long nanos, int length) {
                if (typing.get()) {
                    SNAPSHOT.add(nanos);
                }
            }

            @Override
            public void highlightComputed(long nanos, int length) {
                if (typing.get()) {
                    COMPUTE.add(nanos);
                }
            }

            @Override
            public void spansApplied(long nanos, int chars) {
                if (typing.get()) {
                    APPLY.add(nanos);
                    APPLY_CHARS.add(chars);
                }
            }
        });

        long loadStart = System.nanoTime();
        long loadFx = onFx(() -> {
            long t = System.nanoTime();
            editor.load(text);
            return System.nanoTime() - t;
        });
        waitIdle(editor);
        long loadAll = System.nanoTime() - loadStart;
        System.out.printf(Locale.ROOT, "%n## Load%n%nload(text) on the FX thread: %.1f ms; until fully highlighted: %.1f ms%n",
                loadFx / 1e6, loadAll / 1e6);

        // Warm-up typing (JIT), not measured.
        typeSession(editor.area(), editor::isHighlightIdle, Math.min(60, keys), pauseMs, text.length(), 7);
        waitIdle(editor);

        INSERT.clear();
        FrameMonitor frames = onFx(FrameMonitor::new);
        Probe probe = new Probe();
        typing.set(true);
        onFx(() -> {
            frames.start();
            return null;
        });
        probe.start();
        typeSession(editor.area(), editor::isHighlightIdle, keys, pauseMs, text.length(), 11);
        waitIdle(editor);
        typing.set(false);
        probe.stop();
        onFx(() -> {
            frames.stop();
            return null;
        });
        frames.gaps.forEach(FRAME_GAP::add);
        probe.latencies.forEach(PROBE::add);

        System.out.printf(Locale.ROOT, "%n## Typing %d keystrokes at 10 places, ms (FX stall target: < 16 ms)%n%n", keys);
        Stats.header();
        SNAPSHOT.printMillis();
        COMPUTE.printMillis();
        APPLY.printMillis();
        INSERT.printMillis();
        FRAME_GAP.printMillis();
        PROBE.printMillis();
        System.out.printf(Locale.ROOT, "%n%s: median %.0f, p90 %.0f, max %.0f; setStyleSpans calls: %d%n",
                APPLY_CHARS.name, APPLY_CHARS.percentile(50), APPLY_CHARS.percentile(90), APPLY_CHARS.max(),
                APPLY_CHARS.count());

        // A whole-document restyle: open a tilde fence (never closed below) at the top, then remove it.
        Stats fence = new Stats("setStyleSpans per call (16K chars), fence opened/closed at the top");
        Stats fenceGaps = new Stats("gap between frames during the restyle");
        editor.setTimingListener(new EditorTimingListener() {
            @Override
            public void spansApplied(long nanos, int chars) {
                fence.add(nanos);
            }
        });
        FrameMonitor frames2 = onFx(FrameMonitor::new);
        onFx(() -> {
            frames2.start();
            editor.area().insertText(0, "~~~~\n");
            return null;
        });
        waitIdle(editor);
        onFx(() -> {
            editor.area().deleteText(0, 5);
            return null;
        });
        waitIdle(editor);
        onFx(() -> {
            frames2.stop();
            return null;
        });
        frames2.gaps.forEach(fenceGaps::add);
        System.out.printf(Locale.ROOT, "%n## Whole-document restyle (fence opened and closed), ms%n%n");
        Stats.header();
        fence.printMillis();
        fenceGaps.printMillis();
    }

    /** The same typing into a plain CodeArea (line numbers, wrap, no highlighting): what the machine costs. */
    private static void baseline(String text, int keys, int pauseMs) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CodeArea area = onFx(() -> {
            CodeArea a = new CodeArea();
            a.setWrapText(true);
            a.setParagraphGraphicFactory(LineNumberFactory.get(a));
            Stage stage = new Stage();
            stage.setScene(new Scene(new VirtualizedScrollPane<>(a), 1000, 720));
            stage.show();
            a.replaceText(text);
            return a;
        });
        BooleanSupplier idle = () -> true;
        typeSession(area, idle, Math.min(60, keys), pauseMs, text.length(), 7);
        INSERT.clear();
        FrameMonitor frames = onFx(FrameMonitor::new);
        Probe probe = new Probe();
        onFx(() -> {
            frames.start();
            return null;
        });
        probe.start();
        typeSession(area, idle, keys, pauseMs, text.length(), 11);
        probe.stop();
        onFx(() -> {
            frames.stop();
            return null;
        });
        frames.gaps.forEach(FRAME_GAP::add);
        probe.latencies.forEach(PROBE::add);
        System.out.printf(Locale.ROOT, "%n## Baseline: plain CodeArea, no highlighting, %d keystrokes, ms%n%n", keys);
        Stats.header();
        INSERT.printMillis();
        FRAME_GAP.printMillis();
        PROBE.printMillis();
    }

    /** Types at 10 places spread over the document; every 25th key is Enter, every 13th a Backspace. */
    private static void typeSession(CodeArea area, BooleanSupplier idle, int keys, int pauseMs, int length, int seed)
            throws Exception {
        int perPlace = Math.max(1, keys / 10);
        for (int k = 0; k < keys; k++) {
            int key = k;
            if (k % perPlace == 0) {
                int place = (int) ((long) length * ((k / perPlace * 37 + seed) % 100) / 100);
                RECORDING.set(false);
                onFx(() -> {
                    area.moveTo(Math.min(place, area.getLength()));
                    area.requestFollowCaret();
                    return null;
                });
                Thread.sleep(500);
                waitIdle(idle);
                RECORDING.set(true);
            }
            onFx(() -> {
                long t = System.nanoTime();
                int caret = area.getCaretPosition();
                if (key % 13 == 12 && caret > 0) {
                    area.deleteText(caret - 1, caret);
                } else {
                    area.insertText(caret, key % 25 == 24 ? "\n" : key % 6 == 5 ? " " : "e");
                }
                if (RECORDING.get()) {
                    INSERT.add(System.nanoTime() - t);
                }
                return null;
            });
            Thread.sleep(pauseMs);
        }
    }

    private static void waitIdle(MarkdownEditor editor) throws Exception {
        waitIdle(editor::isHighlightIdle);
    }

    private static void waitIdle(BooleanSupplier idle) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(idle::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("highlighting did not settle");
            }
            Thread.sleep(5);
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    /** A seed-like document of about 1 MB from the test fixture, numbers varied so lines differ. */
    private static String generated() throws IOException {
        String post;
        try (InputStream in = EditorBenchmark.class.getResourceAsStream("/app/quire/ui/editor/seed-shaped-post.md")) {
            post = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = post.substring(post.indexOf("\n---\n") + 5);
        StringBuilder out = new StringBuilder(1_050_000).append(post);
        for (int i = 1; out.length() < 1_000_000; i++) {
            out.append("\n\n").append(body.replace("Process", "Process " + i).replace("50", Integer.toString(50 + i)));
        }
        return out.toString();
    }

    /** Gaps between animation frames: a long gap means the FX thread was busy. */
    private static final class FrameMonitor extends AnimationTimer {
        final List<Long> gaps = new ArrayList<>();
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0 && RECORDING.get()) {
                gaps.add(now - last);
            }
            last = now;
        }
    }

    /** Posts a runLater every 5 ms from another thread and records how long each takes to run. */
    private static final class Probe {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running.get()) {
                    long posted = System.nanoTime();
                    CountDownLatch done = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        if (RECORDING.get()) {
                            latencies.add(System.nanoTime() - posted);
                        }
                        done.countDown();
                    });
                    try {
                        done.await();
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "fx-latency-probe");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /** Samples in nanoseconds (or counts) with percentiles. */
    private static final class Stats {
        final String name;
        private final List<Long> samples = Collections.synchronizedList(new ArrayList<>());

        Stats(String name) {
            this.name = name;
        }

        void add(long sample) {
            samples.add(sample);
        }

        void clear() {
            samples.clear();
        }

        int count() {
            return samples.size();
        }

        double percentile(int p) {
            List<Long> sorted;
            synchronized (samples) {
                sorted = new ArrayList<>(samples);
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        double max() {
            return percentile(100);
        }

        static void header() {
            System.out.println("| measure | n | median | p90 | max |");
            System.out.println("|---|---:|---:|---:|---:|");
        }

        void printMillis() {
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", name, count(), percentile(50) / 1e6,
                    percentile(90) / 1e6, max() / 1e6);
        }
    }
}
