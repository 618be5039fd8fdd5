package app.quire.ui.preview;

import java.util.function.Consumer;

/**
 * The object the preview page calls into (as {@code window.quireBridge}). Public because WebKit reaches it by
 * reflection; the pane keeps a strong reference to it, as the page only holds a weak one.
 * Calls arrive on the FX thread.
 */
public final class PreviewBridge {
    /** Receives the block index at the top of the preview and the fraction of it scrolled past. */
    interface ScrollListener {
        void scrolled(int index, double fraction);
    }

    private final Consumer<String> links;
    private final ScrollListener scrolls;

    PreviewBridge(Consumer<String> links, ScrollListener scrolls) {
        this.links = links;
        this.scrolls = scrolls;
    }

    /** A link outside the page was clicked. */
    public void openLink(String url) {
        if (url != null && !url.isEmpty()) {
            links.accept(url);
        }
    }

    /** The reader scrolled; the page already debounced it. */
    public void scrolled(int index, double fraction) {
        scrolls.scrolled(index, fraction);
    }
}
