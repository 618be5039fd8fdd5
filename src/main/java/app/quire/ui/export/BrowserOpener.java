package app.quire.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens an address in the user's browser: java.awt.Desktop on Windows and macOS, {@code xdg-open} elsewhere, on
 * its own short-lived thread. {@link #open} also says when no browser could be started (no xdg-open, or it
 * gave up within a few seconds), so the caller can show the address instead of doing nothing.
 */
public final class BrowserOpener implements Consumer<String>, BiConsumer<String, Consumer<String>> {
    private static final System.Logger LOG = System.getLogger(BrowserOpener.class.getName());
    /** How long xdg-open may take to fail; a browser it starts may keep it waiting for as long as it runs. */
    private static final long FAILURE_WINDOW_SECONDS = 5;
    private final List<String> command;

    /** Opens with the platform's way: Desktop on Windows and macOS, {@code xdg-open} elsewhere. */
    public BrowserOpener() {
        this(null);
    }

    /** Opens by running {@code command} with the address as its last argument (tests; null: the platform's way). */
    public BrowserOpener(List<String> command) {
        this.command = command == null ? null : List.copyOf(command);
    }

    @Override
    public void accept(String uri) {
        accept(uri, problem -> LOG.log(System.Logger.Level.WARNING, problem));
    }

    /** Opens {@code uri}; calls {@code onFailure} (on another thread) with a sentence when no browser opened. */
    @Override
    public void accept(String uri, Consumer<String> onFailure) {
        Thread t = new Thread(() -> open(uri, onFailure), "quire-browser");
        t.setDaemon(true);
        t.start();
    }

    private void open(String uri, Consumer<String> onFailure) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (command == null && (os.contains("win") || os.contains("mac")) && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(uri));
                return;
            }
            List<String> run = new java.util.ArrayList<>(command == null ? List.of("xdg-open") : command);
            run.add(uri);
            Process p = new ProcessBuilder(run).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(FAILURE_WINDOW_SECONDS, TimeUnit.SECONDS) && p.exitValue() != 0) {
                onFailure.accept("No web browser could be started.");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not open " + uri, e);
            onFailure.accept("No web browser could be started (" + e.getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
