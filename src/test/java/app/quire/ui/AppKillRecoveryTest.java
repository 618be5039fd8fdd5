package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.safety.RecoveryStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7's app-kill test: starts the real app (Launcher, headless Monocle, XDG folders in a temp folder), lets
 * it type into the open post, waits for the autosave, kills it with SIGKILL, starts it again and checks that the
 * recovered text is offered and restored (a test property answers "restore" in place of the dialog).
 */
class AppKillRecoveryTest {
    private static final String MARKER = " Typed-before-the-kill.";

    @TempDir
    Path tmp;

    @Test
    void textTypedBeforeASigkillIsRecoveredAtTheNextStart() throws Exception {
        Path post = tmp.resolve("blog/_posts/2026-05-01-lighthouse.md");
        Files.createDirectories(post.getParent());
        String original = "---\ntitle: Lighthouse\n---\n\nThe lamp turns every ten seconds.";
        Files.writeString(post, original, StandardCharsets.UTF_8);
        RecoveryStore store = new RecoveryStore(tmp.resolve("state/quire/recovery"));
        String id = RecoveryStore.idFor(post);

        Process first = start(List.of("-Dquire.test.typeOnStart=" + MARKER), post.toString());
        try {
            BlockingQueue<String> out = lines(first);
            awaitLine(out, "QUIRE-TEST typed");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (store.find(id).map(r -> !r.text().endsWith(MARKER)).orElse(true)) {
                assertThat(System.nanoTime()).as("autosave written within 30 s").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(post)).isEqualTo(original);
        assertThat(store.pending()).extracting(RecoveryStore.Recoverable::docId).containsExactly(id);
        // The session was written when the tab opened, so even a killed app reopens its tabs.
        assertThat(Files.readString(tmp.resolve("state/quire/session.properties"))).contains("lighthouse.md");

        // Second start without arguments: the session reopens the post, the recovery is offered and restored.
        Process second = start(List.of("-Dquire.test.recoveryAnswer=restore"), null);
        try {
            String line = awaitLine(lines(second), "QUIRE-TEST recovered=");
            assertThat(line).startsWith("QUIRE-TEST recovered=1 dirty=true text=")
                    .endsWith("The lamp turns every ten seconds." + MARKER);
        } finally {
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(post)).isEqualTo(original);
    }

    private Process start(List<String> props, String arg) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xmx512m", "-Dfile.encoding=UTF-8", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dtestfx.headless=true",
                "-Djava.awt.headless=true", "-Dquire.autosave.idleMillis=200"));
        cmd.addAll(props);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        if (arg != null) {
            cmd.add(arg);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString());
        pb.environment().put("XDG_STATE_HOME", tmp.resolve("state").toString());
        pb.environment().put("HOME", tmp.resolve("home").toString());
        pb.redirectError(tmp.resolve("stderr-" + System.nanoTime() + ".log").toFile());
        return pb.start();
    }

    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    q.add(l);
                }
            } catch (IOException e) {
                q.add("READ-FAILED " + e);
            }
        }, "app-stdout");
        t.setDaemon(true);
        t.start();
        return q;
    }

    private static String awaitLine(BlockingQueue<String> q, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (true) {
            long left = deadline - System.nanoTime();
            assertThat(left).as("the app printed a line starting with " + prefix).isPositive();
            String l = q.poll(left, TimeUnit.NANOSECONDS);
            if (l != null && l.startsWith(prefix)) {
                return l;
            }
        }
    }
}
