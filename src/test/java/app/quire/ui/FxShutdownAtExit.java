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
 * {@link FxStopAtSessionEnd} normally stops it earlier, before the JVM starts to exit; this hook is the backstop.
 */
public final class FxShutdownAtExit implements BeforeAllCallback {
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (REGISTERED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(FxShutdownAtExit::stopToolkit, "fx-shutdown-at-exit"));
        }
    }

    /** Platform.exit, then waits up to 5 s for the FX thread to end; nothing when it is not running. */
    static void stopToolkit() {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread") && t.isAlive())
                .findFirst().orElse(null);
        if (fx == null) {
            return;
        }
        System.getLogger(FxShutdownAtExit.class.getName()).log(System.Logger.Level.INFO,
                "stopping JavaFX ({0})", Thread.currentThread().getName());
        Platform.exit();
        try {
            fx.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
