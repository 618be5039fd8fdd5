package app.quire.ui.preview;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.RenderContext;
import app.quire.ui.LatestTaskRunner;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Window;
import netscape.javascript.JSException;
import netscape.javascript.JSObject;

/**
 * The live preview of one post (a WebView whose page is loaded once and patched block by block).
 *
 * <p>The WebView is expensive to create, so {@link #node()} returns an empty container at once and the WebView
 * is built just after the window's first frame. Texts given to {@link #show} render on a background thread
 * (newest text wins) and are applied to the page as a small DOM patch on the FX thread. All methods must be
 * called on the FX thread.
 */
public final class PreviewPane {
    private static final System.Logger LOG = System.getLogger(PreviewPane.class.getName());

    private final StackPane root = new StackPane();
    private final ExecutorService renderThread;
    private final LatestTaskRunner runner;
    private final PreviewRenderer renderer;
    private java.time.ZoneId publishZone;
    private final CompletableFuture<URI> shellPage;
    /** Held strongly here: the page only keeps a weak reference to it. */
    private final PreviewBridge bridge = new PreviewBridge(this::openLink, this::scrolledTo);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ObservableValue<Boolean> windowShowing;

    private WebView webView;
    private WebEngine engine;
    private JSObject page;
    private URI pageUri;
    private boolean createScheduled;
    private Runnable createAfterPulse;

    private ShownPreview shown = ShownPreview.EMPTY;
    private LineMap lines = LineMap.EMPTY;
    private String latestText;
    private int caretLine = -1;
    private boolean revealPending;
    private boolean revealRequested;
    private boolean scrollSync = true;
    private boolean dark;
    private boolean disposed;
    private boolean failureLogged;
    private long lastApplyNanos;

    private IntConsumer onScrolledToLine = line -> { };
    private Consumer<String> onOpenLink = LinkOpener.systemBrowser();
    private Runnable onRendered = () -> { };

    public PreviewPane(RenderContext context) {
        root.getStyleClass().add("preview-pane");
        root.getChildren().add(placeholder());
        renderThread = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "quire-preview-render");
            thread.setDaemon(true);
            return thread;
        });
        runner = new LatestTaskRunner(renderThread, Platform::runLater);
        renderer = new PreviewRenderer(MarkdownRenderer.shared(), context == null ? RenderContext.NONE : context);
        shellPage = CompletableFuture.supplyAsync(PreviewShell::install, renderThread);
        windowShowing = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .orElse(false);
        windowShowing.addListener((obs, was, showing) -> {
            if (showing) {
                scheduleCreate();
            }
        });
        if (windowShowing.getValue()) {
            scheduleCreate();
        }
    }

    /** The node to put in a scene; the WebView inside is created lazily, after the first frame. */
    public Node node() {
        return root;
    }

    /** Shows this post text (front matter included); renders off the FX thread, newest text wins. */
    public void show(String postText) {
        latestText = Objects.requireNonNull(postText, "postText");
        if (ready.get()) {
            submitRender();
        } else if (windowShowing.getValue()) {
            scheduleCreate();
        }
    }

    /** Scrolls so the block holding this 0-based source line is in view and marks it as the caret's block. */
    public void revealLine(int line) {
        caretLine = line;
        revealRequested = true;
        revealPending = !reveal(true);
    }

    /** Called with the 0-based source line at the top of the preview when the reader scrolls it. */
    public void setOnScrolledToLine(IntConsumer listener) {
        onScrolledToLine = listener == null ? line -> { } : listener;
    }

    /** Turns scroll sync (both directions) on or off; the caret's block stays marked either way. */
    public void setScrollSync(boolean on) {
        scrollSync = on;
        if (page != null) {
            page.call("setSync", on);
        }
    }

    /**
     * The zone whose day the article header shows for a date with an offset, as the site publishes it (a
     * Jekyll-style site's timezone; null shows the day as written). Re-renders when it changes.
     */
    public void setPublishZone(java.time.ZoneId zone) {
        if (Objects.equals(zone, publishZone)) {
            return;
        }
        publishZone = zone;
        renderer.setPublishZone(zone);
        if (ready.get() && latestText != null) {
            submitRender();
        }
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        if (page != null) {
            page.call("setDark", dark);
        }
    }

    /** Where clicked links go (the system browser by default, see {@link LinkOpener}); called on the FX thread. */
    public void setOnOpenLink(Consumer<String> opener) {
        onOpenLink = opener == null ? url -> { } : opener;
    }

    /** Called on the FX thread each time a rendered text has been applied to the page (layout flushed). */
    public void setOnRendered(Runnable listener) {
        onRendered = listener == null ? () -> { } : listener;
    }

    /** True once the page is loaded and accepts patches. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public void dispose() {
        disposed = true;
        ready.set(false);
        renderThread.shutdownNow();
        if (engine != null) {
            engine.getLoadWorker().cancel();
            engine.load(null);
        }
        page = null;
    }

    // ---- creation ----

    private Label placeholder() {
        Label label = new Label("Preparing preview…");
        label.getStyleClass().add("preview-placeholder");
        return label;
    }

    /** Creates the WebView in a runLater after the next pulse, so the window's first frame is not delayed. */
    private void scheduleCreate() {
        Scene scene = root.getScene();
        if (createScheduled || disposed || scene == null) {
            return;
        }
        createScheduled = true;
        createAfterPulse = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(createAfterPulse);
            createWebView();
        });
        scene.addPostLayoutPulseListener(createAfterPulse);
        Platform.requestNextPulse();
    }

    private void createWebView() {
        if (disposed || webView != null) {
            return;
        }
        webView = new WebView();
        webView.setContextMenuEnabled(false);
        engine = webView.getEngine();
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                pageLoaded();
            } else if (state == Worker.State.FAILED) {
                LOG.log(System.Logger.Level.ERROR, "Preview page failed to load: " + pageUri,
                        engine.getLoadWorker().getException());
            }
        });
        engine.locationProperty().addListener((obs, old, location) -> stayOnPage(location));
        root.getChildren().setAll(webView);
        shellPage.whenComplete((uri, error) -> Platform.runLater(() -> {
            if (error != null) {
                LOG.log(System.Logger.Level.ERROR, "Preview page could not be prepared", error);
            } else if (!disposed) {
                pageUri = uri;
                engine.load(uri.toString());
            }
        }));
    }

    /** Fresh handles after every load (old JSObjects die with their page); the page starts empty. */
    private void pageLoaded() {
        if (disposed) {
            return;
        }
        Object quire = engine.executeScript("window.quire");
        if (!(quire instanceof JSObject)) {
            LOG.log(System.Logger.Level.ERROR, "Preview script did not start (window.quire is {0})", quire);
            return;
        }
        ((JSObject) engine.executeScript("window")).setMember("quireBridge", bridge);
        page = (JSObject) quire;
        page.call("setDark", dark);
        page.call("setSync", scrollSync);
        shown = ShownPreview.EMPTY;
        lines = LineMap.EMPTY;
        revealPending = caretLine >= 0;
        ready.set(true);
        if (latestText != null) {
            submitRender();
        }
    }

    /** The page never navigates: anything that slipped past the click handler gets the shell page back. */
    private void stayOnPage(String location) {
        if (disposed || pageUri == null || location == null || location.isEmpty()
                || location.equals(pageUri.toString()) || location.startsWith(pageUri + "#")) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "Preview tried to navigate to {0}; reloading the preview", location);
        ready.set(false);
        page = null;
        Platform.runLater(() -> {
            if (!disposed) {
                engine.load(pageUri.toString());
            }
        });
    }

    // ---- rendering ----

    private void submitRender() {
        ShownPreview base = shown;
        String text = latestText;
        runner.submit(() -> renderer.render(text, base), update -> apply(update, text), this::renderFailed);
    }

    /** Applies a rendered update; one for an older text is shown too (typing never starves the page), then
     *  the newest text is rendered at once. {@code onRendered} fires only when the newest text is on the page. */
    private void apply(PreviewUpdate update, String text) {
        if (disposed || page == null) {
            return;
        }
        if (update.base() != shown) {
            submitRender();
            return;
        }
        long start = System.nanoTime();
        try {
            if (update.headerHtml() != null) {
                page.call("setHeader", update.headerHtml());
            }
            if (update.removeCount() > 0 || update.insertedCount() > 0) {
                page.call("patch", update.from(), update.removeCount(), update.insertedHtml(),
                        update.insertedCount());
            }
        } catch (JSException e) {
            logFailure("Preview page rejected a patch; reloading it", e);
            ready.set(false);
            page = null;
            engine.load(pageUri.toString());
            return;
        }
        lastApplyNanos = System.nanoTime() - start;
        shown = update.next();
        lines = LineMap.of(shown.blocks());
        failureLogged = false;
        if (caretLine >= 0) {
            // re-mark the caret's block (it may have been replaced); scroll only for a reveal not yet settled
            boolean scroll = revealPending || revealRequested;
            revealRequested = false;
            revealPending = !reveal(scroll);
        }
        if (!text.equals(latestText)) {
            submitRender();
            return;
        }
        onRendered.run();
    }

    private void renderFailed(Throwable error) {
        renderer.reset();
        logFailure("Preview render failed; keeping the last good preview", error);
        onRendered.run();
    }

    private void logFailure(String message, Throwable error) {
        if (!failureLogged) {
            failureLogged = true;
            LOG.log(System.Logger.Level.WARNING, message, error);
        }
    }

    // ---- scroll sync ----

    /** Marks the caret's block and, when asked and sync is on, scrolls it into view; false if not possible yet. */
    private boolean reveal(boolean scroll) {
        if (page == null || lines.isEmpty() || caretLine < 0) {
            return false;
        }
        LineMap.Position at = lines.locate(caretLine);
        page.call("reveal", at.index(), at.fraction(), scroll && scrollSync);
        return true;
    }

    private void scrolledTo(int index, double fraction) {
        if (!scrollSync) {
            return;
        }
        int line = lines.lineAt(index, fraction);
        if (line >= 0) {
            onScrolledToLine.accept(line);
        }
    }

    private void openLink(String url) {
        onOpenLink.accept(url);
    }

    // ---- for tests in this package ----

    WebEngine engine() {
        return engine;
    }

    ShownPreview shown() {
        return shown;
    }

    /** Time the page scripts took for the last applied update (patch + layout flush). */
    long lastApplyNanos() {
        return lastApplyNanos;
    }
}
