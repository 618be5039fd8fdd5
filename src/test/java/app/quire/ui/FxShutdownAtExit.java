package app.quire.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the JavaFX toolkit in order when the test JVM exits, as the app does on quit (Platform.exit, then the FX
 * thread ends), instead of leaving it and WebKit's threads running while the process tears down its native
 * libraries: one clean-clone CI run of the whole suite ended with the test JVM aborting at exit after every test
 * had passed. Registered for all Jupiter tests through META-INF/services (junit-platform.properties).
 */
public final class FxShutdownAtExit implements BeforeAllCallback {
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (REGISTERED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(FxShutdownAtExit::stopToolkit, "fx-shutdown-at-exit"));
        }
    }

    private static void stopToolkit() {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread") && t.isAlive())
                .findFirst().orElse(null);
        if (fx == null) {
            return;
        }
        Platform.exit();
        try {
            fx.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
