package app.quire.safety.fault;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.safety.RecoveryStore;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM types into a post with autosave to a RecoveryStore and is killed with SIGKILL; a new RecoveryStore
 * over the same folder must list the post and restore at least everything the child reported as autosaved,
 * and the restored text must be a whole typed state (base + N words), never a torn one.
 */
class KillDuringAutosaveTest {
    @TempDir
    Path dir;

    @Test
    void textTypedBeforeAKillIsRecovered() throws Exception {
        int rounds = Integer.getInteger("quire.fault.autosaveKills", 10);
        Random random = new Random(Long.getLong("quire.fault.seed", System.nanoTime()));
        for (int round = 0; round < rounds; round++) {
            Path post = Files.writeString(dir.resolve("post-" + round + ".md"), "---\ntitle: Kill me\n---\nBody.\n");
            Path recovery = dir.resolve("recovery");
            Process child = ChildJvm.start(AutosaveChild.class, post.toString(), recovery.toString());
            int confirmed;
            try {
                BufferedReader out = ChildJvm.stdout(child);
                ChildJvm.awaitLine(out, "ready");
                int wanted = 1 + random.nextInt(5);
                String line = null;
                for (int i = 0; i < wanted; i++) {
                    line = ChildJvm.awaitLine(out, "written ");
                }
                confirmed = Integer.parseInt(line.substring("written ".length()));
                Thread.sleep(random.nextInt(30));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            RecoveryStore fresh = new RecoveryStore(recovery);
            List<RecoveryStore.Recoverable> pending = fresh.pending();
            String id = RecoveryStore.idFor(post);
            assertThat(pending).extracting(RecoveryStore.Recoverable::docId).contains(id);
            RecoveryStore.Recoverable r = fresh.find(id).orElseThrow();
            assertThat(r.diskState()).isEqualTo(RecoveryStore.DiskState.UNCHANGED_SINCE_OPEN);
            String restored = fresh.restore(id);
            String base = Files.readString(post);
            assertThat(restored).startsWith(base);
            String typed = restored.substring(base.length());
            assertThat(typed.length() % AutosaveChild.WORD.length()).isZero();
            assertThat(typed).isEqualTo(AutosaveChild.WORD.repeat(typed.length() / AutosaveChild.WORD.length()));
            assertThat(typed.length() / AutosaveChild.WORD.length()).isGreaterThanOrEqualTo(confirmed);
            assertThat(r.summary()).isEqualTo("+1 \u22120 lines in 1 place");
            fresh.discard(id);
            assertThat(fresh.pending()).isEmpty();
        }
    }
}
