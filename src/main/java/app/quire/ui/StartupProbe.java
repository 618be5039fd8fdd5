package app.quire.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.web.WebView;

/**
 * Start-up timing for the benchmark ({@code -Dquire.startupProbe=true}): prints
 * {@code QUIRE-READY editable <ms>} after the first painted frame with the editor focused, then
 * {@code QUIRE-READY preview <ms>} once the preview's page has loaded and a frame was painted after it,
 * {@code QUIRE-READY rss <kB>} (peak resident memory), and exits. At the first frame also {@code QUIRE-READY cpu ...}
 * and {@code QUIRE-READY nodes <count>} (see {@link #reportNodes}). Times are from JVM start as the process
 * sees it; the harness measures from outside as well.
 */
final class StartupProbe {
    static final boolean ENABLED = Boolean.getBoolean("quire.startupProbe");
    /** Frames to wait for a WebView to appear inside the preview before reporting that there is none. */
    private static final int MAX_FRAMES_WITHOUT_WEBVIEW = 120;

    private StartupProbe() {
    }

    static long msSinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
    }

    /** Runs {@code then} once a frame has been painted: the second pulse after now. */
    static void afterNextFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    static void report(String what) {
        System.out.println("QUIRE-READY " + what + " " + msSinceStart());
        System.out.flush();
    }

    /**
     * CPU use so far, a measure that load on the machine changes much less than wall time:
     * {@code QUIRE-READY cpu <fx-run-ms> <fx-wait-ms> <process-cpu-ms>}, the calling (FX) thread's time on a CPU
     * and waiting for one (Linux schedstat), and the whole process's user+system time. Nothing on other systems.
     */
    static void reportCpu() {
        try {
            String[] fx = Files.readString(Path.of("/proc/thread-self/schedstat"), StandardCharsets.US_ASCII)
                    .trim().split(" ");
            String[] stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII).split(" ");
            // utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
            long ticks = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
            System.out.println("QUIRE-READY cpu " + Long.parseLong(fx[0]) / 1_000_000 + " "
                    + Long.parseLong(fx[1]) / 1_000_000 + " " + ticks * 10);
            System.out.flush();
        } catch (IOException | RuntimeException e) {
            // Not Linux, or no schedstat: the wall times are still reported.
            System.out.flush();
        }
    }

    /**
     * {@code QUIRE-READY nodes <count>}: the nodes in the scene (CSS and layout work grow with them). With
     * {@code -Dquire.startupProbe.nodes=true} also the subtrees of 15 or more nodes, as an indented tree.
     */
    static void reportNodes(javafx.scene.Scene scene) {
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        StringBuilder tree = new StringBuilder();
        int total = count(scene.getRoot(), 0, tree);
        System.out.println("QUIRE-READY nodes " + total);
        if (System.getProperty("quire.startupProbe.nodes") != null) {
            System.out.print(tree);
        }
        System.out.flush();
    }

    private static int count(Node n, int depth, StringBuilder tree) {
        int mark = tree.length();
        int sum = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                sum += count(c, depth + 1, tree);
            }
        }
        if (sum >= 15 || !n.isVisible() && "hidden".equals(System.getProperty("quire.startupProbe.nodes"))) {
            tree.insert(mark, "  ".repeat(depth) + sum + " " + n.getClass().getSimpleName()
                    + (n.getId() != null ? "#" + n.getId() : "") + n.getStyleClass() + (n.isVisible() ? "" : " HIDDEN")
                    + "\n");
        }
        return sum;
    }

    /** Waits for a loaded WebView under {@code previewNode}, then a painted frame, reports and exits. */
    static void watchPreview(java.util.function.Supplier<Node> previewNode, Runnable exit) {
        new AnimationTimer() {
            private int frames;
            private int framesSinceLoaded = -1;

            @Override
            public void handle(long now) {
                frames++;
                Node n = previewNode.get();
                WebView web = n == null ? null : find(n);
                if (framesSinceLoaded >= 0) {
                    if (++framesSinceLoaded >= 2) {
                        finish("preview");
                    }
                } else if (web != null && web.getEngine().getLoadWorker().getState()
                        == javafx.concurrent.Worker.State.SUCCEEDED) {
                    framesSinceLoaded = 0;
                } else if (web == null && frames > MAX_FRAMES_WITHOUT_WEBVIEW) {
                    finish("preview-without-webview");
                }
            }

            private void finish(String label) {
                stop();
                report(label);
                System.out.println("QUIRE-READY rss " + peakRssKb());
                Runtime rt = Runtime.getRuntime();
                System.out.println("QUIRE-READY heap committed-kB " + rt.totalMemory() / 1024 + " used-kB "
                        + (rt.totalMemory() - rt.freeMemory()) / 1024);
                System.out.flush();
                Platform.runLater(exit);
            }
        }.start();
    }

    private static WebView find(Node n) {
        if (n instanceof WebView) {
            return (WebView) n;
        }
        if (n instanceof javafx.scene.Parent) {
            for (Node c : ((javafx.scene.Parent) n).getChildrenUnmodifiable()) {
                WebView w = find(c);
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }

    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

}
