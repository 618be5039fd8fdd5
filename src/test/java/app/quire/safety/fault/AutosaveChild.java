package app.quire.safety.fault;

import app.quire.post.PostFile;
import app.quire.safety.AutosaveScheduler;
import app.quire.safety.RecoveryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Child JVM for {@link KillDuringAutosaveTest}: opens a post, "types" words into it with a RecoveryStore-backed
 * AutosaveScheduler (short delays), and prints "written N" for every autosave the listener confirms, where N is
 * the number of words typed in the autosaved text. Types until killed.
 */
public final class AutosaveChild {
    private AutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Path post = Path.of(args[0]);
        RecoveryStore store = new RecoveryStore(Path.of(args[1]));
        PostFile pf = PostFile.open(post, PostFile.Decoding.DETECT);
        String id = RecoveryStore.idFor(post);
        store.track(id, post, pf.contentHash());
        AtomicReference<String> text = new AtomicReference<>(pf.text());
        String base = pf.text();
        AutosaveScheduler.Sink sink = AutosaveScheduler.Sink.of(store);
        AutosaveScheduler.Sink reporting = new AutosaveScheduler.Sink() {
            @Override
            public void write(String docId, String t) throws IOException {
                sink.write(docId, t);
                System.out.println("written " + (t.length() - base.length()) / WORD.length());
                System.out.flush();
            }

            @Override
            public void discard(String docId) throws IOException {
                sink.discard(docId);
            }
        };
        AutosaveScheduler autosave = AutosaveScheduler.start(reporting, Duration.ofMillis(20),
                Duration.ofMillis(100), Supplier::get, new AutosaveScheduler.Listener() {
                    @Override
                    public void written(String docId, Instant at) {
                    }
                });
        System.out.println("ready");
        System.out.flush();
        for (int word = 0; ; word++) {
            text.updateAndGet(t -> t + WORD);
            String snapshot = text.get();
            autosave.textChanged(id, () -> snapshot);
            Thread.sleep(word % 7 == 0 ? 30 : 2); // bursts of typing with short pauses
        }
    }

    static final String WORD = "word ";
}
