package app.quire.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The background executor UI tests hand to the window: one daemon thread, so a test never keeps the JVM up. */
public final class TestExecutors {
    private TestExecutors() {
    }

    public static ExecutorService background(String threadName) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }
}
