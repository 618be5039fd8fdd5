package app.quire.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, in a background thread, the classes a start-up needs (listed in {@code startup-classes.txt}, in the
 * order a start-up loads them), so the FX thread mostly finds them ready. Classes are loaded, not initialised:
 * static initialisers still run where the app first uses them, on the thread it expects. A stale list only costs
 * the look-ups of classes that no longer exist. Regenerate it with {@code app.quire.bench.StartupClassList}
 * (docs/performance-startup.md). After the list it reads the theme's stylesheet once, for the same reason.
 */
final class StartupClassPreloader {
    private static final System.Logger LOG = System.getLogger(StartupClassPreloader.class.getName());
    static final String LIST = "startup-classes.txt";

    private StartupClassPreloader() {
    }

    /** Starts the preloading thread unless {@code -Dquire.preload=false}. */
    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("quire.preload", "true"))) {
            return;
        }
        Thread t = new Thread(StartupClassPreloader::run, "quire-class-preload");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private static void run() {
        ClassLoader loader = StartupClassPreloader.class.getClassLoader();
        int loaded = 0;
        int missing = 0;
        try (InputStream in = StartupClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = r.readLine(); name != null; name = r.readLine()) {
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    missing++;
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Start-up class list unreadable", e);
        }
        LOG.log(System.Logger.Level.DEBUG, "Preloaded {0} classes, {1} not found", loaded, missing);
        warmStylesheetReader();
    }

    /**
     * Reads the light theme's binary stylesheet and gives it to JavaFX while the toolkit is still starting, so
     * that the FX thread finds it ready (decisions 0161, 0166).
     */
    private static void warmStylesheetReader() {
        try {
            Themes.preloadLight();
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "Stylesheet preload failed", e);
        }
    }
}
