package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AutosaveSchedulerTest {
    private final ManualTimer timer = new ManualTimer();
    private final List<String> log = new ArrayList<>();
    private boolean failNext;
    private final AutosaveScheduler.Sink sink = new AutosaveScheduler.Sink() {
        @Override
        public void write(String docId, String text) throws IOException {
            if (failNext) {
                failNext = false;
                throw new IOException("disk full");
            }
            log.add("write " + docId + " " + text + " @" + timer.nowMillis());
        }

        @Override
        public void discard(String docId) {
            log.add("discard " + docId + " @" + timer.nowMillis());
        }
    };
    private final List<String> events = new ArrayList<>();
    private final AutosaveScheduler autosave = new AutosaveScheduler(timer, sink, Duration.ofSeconds(5),
            Duration.ofSeconds(30), Supplier::get, new AutosaveScheduler.Listener() {
                @Override
                public void written(String docId, Instant at) {
                    events.add("written " + docId);
                }

                @Override
                public void failed(String docId, IOException error) {
                    events.add("failed " + docId + ": " + error.getMessage());
                }
            });

    @Test
    void writesFiveSecondsAfterTheLastChange() {
        autosave.textChanged("a", () -> "v1");
        timer.advance(3000);
        autosave.textChanged("a", () -> "v2");
        timer.advance(4999);
        assertThat(log).isEmpty();
        assertThat(autosave.hasPendingChange("a")).isTrue();
        timer.advance(1);
        assertThat(log).containsExactly("write a v2 @8000");
        assertThat(events).containsExactly("written a");
        assertThat(autosave.hasPendingChange("a")).isFalse();
    }

    @Test
    void steadyTypingIsWrittenAtLeastEveryThirtySeconds() {
        for (int t = 0; t < 70_000; t += 1000) {
            int n = t;
            autosave.textChanged("a", () -> "text " + n);
            timer.advance(1000);
        }
        assertThat(log).containsExactly("write a text 29000 @30000", "write a text 59000 @60000");
    }

    @Test
    void savingCancelsThePendingWriteAndDiscardsTheEntry() {
        autosave.textChanged("a", () -> "unsaved");
        timer.advance(1000);
        autosave.saved("a");
        timer.advance(60_000);
        assertThat(log).containsExactly("discard a @1000");
        autosave.textChanged("a", () -> "again");
        autosave.discarded("a");
        timer.advance(60_000);
        assertThat(log).containsExactly("discard a @1000", "discard a @61000");
    }

    @Test
    void documentsAreIndependent() {
        autosave.textChanged("a", () -> "A");
        timer.advance(2000);
        autosave.textChanged("b", () -> "B");
        timer.advance(10_000);
        assertThat(log).containsExactly("write a A @5000", "write b B @7000");
    }

    @Test
    void aFailedWriteIsRetriedAndReported() {
        failNext = true;
        autosave.textChanged("a", () -> "precious");
        timer.advance(5000);
        assertThat(log).isEmpty();
        assertThat(events).containsExactly("failed a: disk full");
        assertThat(autosave.hasPendingChange("a")).isTrue();
        timer.advance(5000);
        assertThat(log).containsExactly("write a precious @10000");
    }

    @Test
    void flushAllWritesPendingDocumentsNow() {
        autosave.textChanged("a", () -> "A");
        autosave.textChanged("b", () -> "B");
        var done = autosave.flushAll();
        timer.advance(0);
        assertThat(done).isDone();
        assertThat(log).containsExactlyInAnyOrder("write a A @0", "write b B @0");
    }

    @Test
    void theSnapshotIsTakenThroughTheReader() {
        List<String> reads = new ArrayList<>();
        AutosaveScheduler viaReader = new AutosaveScheduler(timer, sink, Duration.ofSeconds(5),
                Duration.ofSeconds(30), s -> {
                    reads.add("on the UI thread");
                    return s.get();
                }, new AutosaveScheduler.Listener() {
                });
        viaReader.textChanged("a", () -> "x");
        timer.advance(5000);
        assertThat(reads).containsExactly("on the UI thread");
        assertThat(log).containsExactly("write a x @5000");
    }

    @Test
    void realSchedulerWritesToARecoveryStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        try (AutosaveScheduler real = AutosaveScheduler.start(AutosaveScheduler.Sink.of(store), Duration.ofMillis(1),
                Duration.ofMillis(5), Supplier::get, new AutosaveScheduler.Listener() {
                })) {
            real.textChanged("untitled:1", () -> "draft");
            real.flushAll().get();
            assertThat(store.restore("untitled:1")).isEqualTo("draft");
            real.saved("untitled:1");
            real.flushAll().get();
            assertThat(store.find("untitled:1")).isEmpty();
        }
    }
}
