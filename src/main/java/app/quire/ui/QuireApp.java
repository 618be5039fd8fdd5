package app.quire.ui;

import app.quire.ui.preview.LinkOpener;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.RenderContext;
import app.quire.post.Post;
import app.quire.post.PostFile;
import app.quire.ui.preview.LinkOpener;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.AppDirs;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop app. Start-up order (docs/decisions/0050): {@link #init} (launcher thread) reads settings, installs
 * the sample blog if needed, reads the posts to open and starts warming the Markdown pipeline; {@link #start}
 * builds the window with editors only and shows it; previews (WebView) are created after the first frame.
 */
public final class QuireApp extends Application {
    private static final System.Logger LOG = System.getLogger(QuireApp.class.getName());
    private static final boolean PROBE = Boolean.getBoolean("quire.startupProbe");

    static {
        // Runs when the Launcher first touches this class, before the toolkit starts.
        StartupClassPreloader.start();
    }

    private final ExecutorService background = Executors.newFixedThreadPool(2, daemonThreads());
    private AppDirs dirs;
    private Settings settings;
    private StartupPlan plan;
    private final List<PostFile> loaded = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private MainWindow window;

    static void launchWith(String[] args) {
        Application.launch(QuireApp.class, args);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "quire-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void init() {
        phase("init");
        dirs = AppDirs.fromEnvironment();
        settings = Settings.load(dirs.settingsFile());
        plan = StartupPlan.decide(getParameters().getRaw(), settings, dirs);
        problems.addAll(plan.problems());
        for (Path f : plan.files()) {
            try {
                loaded.add(PostFile.open(f));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not open " + f, e);
                problems.add("Quire could not open " + f + ". It may have been moved or is not readable.");
            }
        }
        String warmText = loaded.isEmpty() ? "# Quire\n\nWarm-up." : loaded.get(0).text();
        background.execute(() -> warmUp(warmText));
        phase("init-done");
    }

    private static void phase(String name) {
        if (PROBE) {
            StartupProbe.report("phase " + name);
        }
    }

    /** Builds the Markdown pipeline and renders once, so the first preview does not pay for class loading. */
    private static void warmUp(String text) {
        try {
            Post p = Post.parse(text);
            MarkdownRenderer.shared().toPreviewBlocks(p.body(), p.bodyStartLine(), RenderContext.NONE);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Markdown warm-up failed; the first preview will be slower", e);
        }
    }

    /** A preview whose links open in the system browser through the application's host services. */
    private PreviewPane newPreview(RenderContext context) {
        PreviewPane pane = new PreviewPane(context);
        pane.setOnOpenLink(LinkOpener.using(getHostServices()));
        return pane;
    }

    @Override
    public void start(Stage stage) {
        phase("start");
        WorkspaceModel ws = new WorkspaceModel();
        ws.darkProperty().set(settings.darkTheme());
        ws.blogFolderProperty().set(plan.folder());
        if (plan.folder() != null) {
            settings.addRecentFolder(plan.folder());
        }
        FxPrompter prompter = new FxPrompter(stage);
        installUncaughtHandler(prompter);
        AppServices services = new AppServices(settings, dirs.settingsFile(), prompter, background,
                this::newPreview, Platform::exit);
        window = new MainWindow(stage, ws, services);
        phase("window-built");
        DocumentModel current = null;
        for (PostFile f : loaded) {
            DocumentModel d = window.commands().openLoaded(f);
            if (f.path().toAbsolutePath().normalize().equals(plan.current())) {
                current = d;
            }
        }
        if (current != null) {
            ws.currentProperty().set(current);
        }
        phase("documents-open");
        stage.show();
        phase("shown");
        ws.current().ifPresent(d -> d.editor().area().requestFocus());
        StartupProbe.afterNextFrame(() -> afterFirstFrame(ws));
    }

    private void afterFirstFrame(WorkspaceModel ws) {
        if (PROBE) {
            StartupProbe.report("editable");
        }
        // Let the frame's input events run before the WebView is built.
        Platform.runLater(() -> {
            window.commands().enablePreviews();
            if (PROBE) {
                StartupProbe.watchPreview(() -> ws.current().flatMap(DocumentModel::preview)
                        .map(PreviewPane::node).orElse(null), () -> window.commands().quit());
            }
            for (String p : problems) {
                window.commands().fail(p, null);
            }
        });
    }

    private static void installUncaughtHandler(Prompter prompter) {
        java.util.concurrent.atomic.AtomicBoolean showing = new java.util.concurrent.atomic.AtomicBoolean();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(System.Logger.Level.ERROR, "Uncaught exception in " + thread.getName(), e);
            // Always deferred: a dialog cannot open during layout or an animation pulse. One at a time, so an
            // error that repeats every pulse does not stack up dialogs.
            if (showing.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    try {
                        prompter.showError("Something unexpected went wrong. Your open posts are still there; "
                                + "save your work, and if this repeats, restart Quire.", e);
                    } finally {
                        showing.set(false);
                    }
                });
            }
        });
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
