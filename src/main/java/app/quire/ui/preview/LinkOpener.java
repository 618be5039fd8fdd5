package app.quire.ui.preview;

import app.quire.ui.export.BrowserOpener;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens links clicked in the preview in the system browser. Only web and mail links are opened: a post's
 * {@code file:} or {@code javascript:} links are refused and logged.
 */
public final class LinkOpener {
    private static final System.Logger LOG = System.getLogger(LinkOpener.class.getName());
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private LinkOpener() {
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

    /**
     * As {@link #systemBrowser()}; when no browser starts, {@code onNoBrowser} gets the address and a sentence
     * saying so (on another thread), so the app can tell the writer instead of doing nothing.
     */
    public static Consumer<String> systemBrowser(BiConsumer<String, String> onNoBrowser) {
        return with(new BrowserOpener(), onNoBrowser);
    }

    static Consumer<String> with(BrowserOpener opener, BiConsumer<String, String> onNoBrowser) {
        return url -> {
            if (allowed(url)) {
                opener.accept(url, why -> onNoBrowser.accept(url, why));
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
