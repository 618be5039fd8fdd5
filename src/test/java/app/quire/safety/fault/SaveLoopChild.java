package app.quire.safety.fault;

import app.quire.post.PostFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child JVM for {@link KillDuringSaveTest}: saves a post through {@link PostFile} in a tight loop, alternating
 * between two versions read from files, until it is killed. Prints "ready" before the first save.
 */
public final class SaveLoopChild {
    private SaveLoopChild() {
    }

    public static void main(String[] args) throws Exception {
        Path post = Path.of(args[0]);
        String a = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        String b = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        PostFile pf = PostFile.open(post);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            pf.saveOverwriting(pf.text().equals(a) ? b : a);
        }
    }
}
