package app.quire.ui.preview;

import app.quire.ui.export.BrowserOpener;
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

    /** Opens with java.awt.Desktop or xdg-open ({@link BrowserOpener}, on its own thread: both can block). */
    public static Consumer<String> systemBrowser() {
        BrowserOpener opener = new BrowserOpener();
        return url -> {
            if (allowed(url)) {
                opener.accept(url);
            }
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
}
