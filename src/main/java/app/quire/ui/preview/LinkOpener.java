package app.quire.ui.preview;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.HostServices;

/**
 * Opens links clicked in the preview in the system browser. Only web and mail links are opened: a post's
 * {@code file:} or {@code javascript:} links are refused and logged.
 */
public final class LinkOpener {
    private static final System.Logger LOG = System.getLogger(LinkOpener.class.getName());
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private LinkOpener() {
    }

    /** Opens through the application's host services (preferred when the window has them). */
    public static Consumer<String> using(HostServices hostServices) {
        return url -> {
            if (allowed(url)) {
                hostServices.showDocument(url);
            }
        };
    }

    /** Opens with java.awt.Desktop or xdg-open, on a background thread (both can block). */
    public static Consumer<String> systemBrowser() {
        return url -> {
            if (!allowed(url)) {
                return;
            }
            Thread thread = new Thread(() -> browse(url), "quire-open-link");
            thread.setDaemon(true);
            thread.start();
        };
    }

    static boolean allowed(String url) {
        try {
            String scheme = new URI(url).getScheme();
            if (scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return true;
            }
        } catch (URISyntaxException e) {
            LOG.log(System.Logger.Level.INFO, "Not opening a malformed link: {0}", url);
            return false;
        }
        LOG.log(System.Logger.Level.INFO, "Not opening a link with an unsupported scheme: {0}", url);
        return false;
    }

    private static void browse(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(new URI(url));
            } else {
                new ProcessBuilder("xdg-open", url).inheritIO().start();
            }
        } catch (IOException | URISyntaxException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not open " + url + " in the browser", e);
        }
    }
}
