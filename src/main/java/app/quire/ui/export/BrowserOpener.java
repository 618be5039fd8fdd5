package app.quire.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens a file: URI in the user's browser when the app has no HostServices to hand: java.awt.Desktop on
 * Windows and macOS, {@code xdg-open} elsewhere. Runs on its own short-lived thread.
 */
public final class BrowserOpener implements Consumer<String> {
    private static final System.Logger LOG = System.getLogger(BrowserOpener.class.getName());

    @Override
    public void accept(String uri) {
        Thread t = new Thread(() -> open(uri), "quire-browser");
        t.setDaemon(true);
        t.start();
    }

    private static void open(String uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if ((os.contains("win") || os.contains("mac")) && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(uri));
            } else {
                new ProcessBuilder(List.of("xdg-open", uri)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not open " + uri + " in a browser", e);
        }
    }
}
