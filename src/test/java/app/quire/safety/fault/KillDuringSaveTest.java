package app.quire.safety.fault;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.PostFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, proven: a child JVM saves a post in a tight loop (50 KB and 200 KB versions alternating) and is
 * killed with SIGKILL at a random moment, {@code quire.fault.kills} times (default 200). After every kill the file
 * must be exactly one of the two versions; left-over temp files must be removed by the next open once stale.
 */
class KillDuringSaveTest {
    static final System.Logger LOG = System.getLogger(KillDuringSaveTest.class.getName());

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileNeverAMix() throws Exception {
        int kills = Integer.getInteger("quire.fault.kills", 200);
        long seed = Long.getLong("quire.fault.seed", System.nanoTime());
        Random random = new Random(seed);
        String a = version('a', 50 * 1024);
        String b = version('b', 200 * 1024);
        byte[] bytesA = a.getBytes(StandardCharsets.UTF_8);
        byte[] bytesB = b.getBytes(StandardCharsets.UTF_8);
        Path fa = Files.writeString(dir.resolve("a.txt"), a);
        Path fb = Files.writeString(dir.resolve("b.txt"), b);
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Path post = Files.writeString(posts.resolve("post.md"), a);

        long start = System.nanoTime();
        int sawOld = 0;
        int sawNew = 0;
        int maxTemps = 0;
        for (int i = 0; i < kills; i++) {
            Process child = ChildJvm.start(SaveLoopChild.class, post.toString(), fa.toString(), fb.toString());
            try {
                BufferedReader out = ChildJvm.stdout(child);
                ChildJvm.awaitLine(out, "ready");
                Thread.sleep(random.nextInt(40)); // a random point in the save loop
            } finally {
                child.destroyForcibly(); // SIGKILL on Linux
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
            }
            byte[] now = Files.readAllBytes(post);
            boolean isA = Arrays.equals(now, bytesA);
            boolean isB = Arrays.equals(now, bytesB);
            assertThat(isA || isB).as("kill %d (seed %d): file is %d bytes, neither version", i, seed, now.length)
                    .isTrue();
            if (isA) {
                sawOld++;
            } else {
                sawNew++;
            }
            maxTemps = Math.max(maxTemps, temps(posts).size());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Path> left = temps(posts);
        // the next start removes temp files older than a minute: age them, then open
        for (Path t : left) {
            Files.setLastModifiedTime(t, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        }
        PostFile reopened = PostFile.open(post);
        assertThat(temps(posts)).isEmpty();
        assertThat(reopened.text()).isIn(a, b);
        String report = String.format("kills=%d seed=%d fileWasA=%d fileWasB=%d tempFilesLeft=%d (max at once %d)"
                + " bytesLost=0 seconds=%.1f", kills, seed, sawOld, sawNew, left.size(), maxTemps, seconds);
        LOG.log(System.Logger.Level.INFO, report);
        System.out.println("KillDuringSaveTest: " + report);
        assertThat(sawOld + sawNew).isEqualTo(kills);
    }

    /** Distinct lines of one letter, so any truncation or mix is visible. */
    static String version(char c, int size) {
        StringBuilder sb = new StringBuilder("---\ntitle: version " + c + "\n---\n");
        for (int line = 0; sb.length() < size; line++) {
            sb.append(c).append(' ').append(line).append(' ').append(String.valueOf(c).repeat(60)).append('\n');
        }
        sb.setLength(size);
        return sb.toString();
    }

    static List<Path> temps(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(PostFile.TEMP_SUFFIX)).toList();
        }
    }
}
