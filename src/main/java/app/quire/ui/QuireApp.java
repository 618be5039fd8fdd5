package app.quire.ui;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.RenderContext;
import app.quire.post.Post;
import app.quire.post.PostFile;
import app.quire.ui.preview.LinkOpener;
import app.quire.ui.preview.PreviewPane;
import app.quire.safety.RecoveryStore;
import app.quire.safety.Session;
import app.quire.ui.recovery.Safety;
import app.quire.ui.settings.AppDirs;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The desktop app. Start-up order (docs/decisions/0050): {@link #init} (launcher thread) reads settings, installs
 * the sample blog if needed, reads the posts to open and starts warming the Markdown pipeline; {@link #start}
 * builds the window with editors only and shows it; previews (WebView) are created after the first frame.
 */
public final class QuireApp extends Application {
    private static final System.Logger LOG = System.getLogger(QuireApp.class.getName());
    private static final boolean PROBE = Boolean.getBoolean("quire.startupProbe");
    /** The editor's font (markdown-editor.css), warmed up with the UI font before the first frame. */
    private static final String EDITOR_FONT = "DejaVu Sans Mono";

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
    private Prompter prompter;
    /** Web links of the preview and the guide: the system browser, or a note with the address when none starts. */
    private final java.util.function.Consumer<String> webLinks = LinkOpener.systemBrowser(this::noBrowser);
    private Safety safety;
    private Session session = Session.empty();
    private List<RecoveryStore.Recoverable> recoverable = List.of();
    /** Test hook (app-kill test): text typed at the end of the current post once the window is up. */
    static final String TYPE_ON_START = "quire.test.typeOnStart";
    /** Test hook: "restore" or "discard" answers the recovery question without a dialog. */
    static final String RECOVERY_ANSWER = "quire.test.recoveryAnswer";

    /** Started by {@link #launchWith} before the toolkit, taken (once) by {@link #init}. */
    private static volatile java.util.concurrent.CompletableFuture<StartupRead> reading;

    static void launchWith(String[] args) {
        reading = StartupRead.start(List.of(args));
        Themes.allowPreloadedSheet();
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
        StartupRead read = takeStartupRead();
        dirs = read.dirs();
        settings = read.settings();
        safety = read.safety();
        session = read.session();
        recoverable = read.recoverable();
        plan = read.plan();
        problems.addAll(read.problems());
        loaded.addAll(read.loaded());
        background.execute(QuireApp::warmFonts);
        String warmText = loaded.isEmpty() ? "# Quire\n\nWarm-up." : loaded.get(0).text();
        background.execute(() -> warmUp(warmText));
        phase("init-done");
    }

    /** The files read while the toolkit started, or read now (launched without {@link #launchWith}). */
    private StartupRead takeStartupRead() {
        java.util.concurrent.CompletableFuture<StartupRead> pending = reading;
        reading = null;
        if (pending != null) {
            try {
                return pending.join();
            } catch (java.util.concurrent.CompletionException e) {
                LOG.log(System.Logger.Level.DEBUG, "Reading ahead failed; reading again", e);
            }
        }
        return StartupRead.read(getParameters().getRaw());
    }

    private static void phase(String name) {
        if (PROBE) {
            StartupProbe.report("phase " + name);
        }
    }

    /**
     * Loads the fonts the first frame is drawn with (fontconfig set-up, font files, glyph metrics) on a background
     * thread while the FX thread builds the window (docs/decisions/0161). Text nodes that are in no scene may be
     * used on any thread.
     */
    private static void warmFonts() {
        try {
            Font ui = Font.getDefault();
            for (Font f : List.of(ui, Font.font(ui.getFamily(), FontWeight.BOLD, ui.getSize()),
                    Font.font(EDITOR_FONT, ui.getSize()), Font.font(EDITOR_FONT, FontWeight.BOLD, ui.getSize()))) {
                Text t = new Text("Quire Aa Bb 0123 # * [ ] - —");
                t.setFont(f);
                t.getLayoutBounds();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Font warm-up failed; the first frame loads the fonts itself", e);
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

    /**
     * A preview whose links to posts of the blog open them in a tab, and whose web links open in the system
     * browser (or say that none started).
     */
    private PreviewPane newPreview(RenderContext context) {
        PreviewPane pane = new PreviewPane(context);
        pane.setOnOpenLink(new app.quire.ui.preview.PreviewLinks(context, file -> {
            if (window != null) {
                window.commands().open(file);
            }
        }, webLinks, background, Platform::runLater));
        return pane;
    }

    /** Tells the writer that no browser opened a web link, with the address copied to paste elsewhere. */
    private void noBrowser(String url, String why) {
        Platform.runLater(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(url);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            if (prompter != null) {
                prompter.showInfo("No web browser", why + "\n\nThe address is copied to the clipboard:\n" + url);
            }
        });
    }

    @Override
    public void start(Stage stage) {
        phase("start");
        // Before the first control: otherwise JavaFX loads its default Modena theme, only to replace it (0161).
        Themes.apply(null, settings.darkTheme());
        WorkspaceModel ws = new WorkspaceModel();
        ws.darkProperty().set(settings.darkTheme());
        ws.autosaveToFileProperty().set(settings.autosaveToFile());
        ws.softWrapProperty().set(settings.softWrap());
        ws.scrollSyncProperty().set(settings.scrollSync());
        ws.editorFontSizeProperty().set(settings.editorFontSize());
        ws.postListShownProperty().set(settings.postListShown());
        ws.blogFolderProperty().set(plan.folder());
        if (plan.folder() != null) {
            settings.addRecentFolder(plan.folder());
        }
        prompter = new FxPrompter(stage);
        installUncaughtHandler(prompter);
        AppServices services = new AppServices(settings, dirs.settingsFile(), prompter, background,
                this::newPreview, Platform::exit);
        window = new MainWindow(stage, ws, services);
        window.setShowDocument(webLinks);
        window.commands().setSafety(safety);
        window.commands().rememberPreferencesOnChange();
        session.window().map(QuireApp::onScreen).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
        });
        stage.setMaximized(session.maximized());
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

    /** The remembered window bounds on a screen that exists now, no larger than it (WindowFit). */
    private static app.quire.safety.Session.Bounds onScreen(app.quire.safety.Session.Bounds b) {
        return WindowFit.fit(b, javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds)
                .toList(), javafx.stage.Screen.getPrimary().getVisualBounds());
    }

    private void afterFirstFrame(WorkspaceModel ws) {
        if (PROBE) {
            StartupProbe.report("editable");
            StartupProbe.reportCpu();
            StartupProbe.reportNodes(window.scene());
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
            window.commands().applySession(session);
            offerRecovery();
            testHooks(ws);
        });
    }

    private void offerRecovery() {
        String answer = System.getProperty(RECOVERY_ANSWER);
        if (answer == null) {
            window.commands().offerRecovery(recoverable);
            return;
        }
        Prompter.RecoveryChoice c = "discard".equals(answer) ? Prompter.RecoveryChoice.DISCARD
                : Prompter.RecoveryChoice.RESTORE;
        window.commands().offerRecovery(recoverable, new Prompter() {
            @Override
            public java.util.Map<String, RecoveryChoice> askRecovery(List<RecoveryStore.Recoverable> list) {
                java.util.Map<String, RecoveryChoice> out = new java.util.LinkedHashMap<>();
                list.forEach(r -> out.put(r.docId(), c));
                return out;
            }

            @Override
            public SaveChoice askSaveChanges(String documentName) {
                return SaveChoice.CANCEL;
            }

            @Override
            public boolean askOverwrite(Path file) {
                return false;
            }

            @Override
            public java.util.Optional<Path> chooseFileToOpen(Path initialFolder) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseFolderToOpen(Path initialFolder) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseSaveTarget(Path initialFolder, String suggestedName) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Integer> askLineNumber(int current, int max) {
                return java.util.Optional.empty();
            }

            @Override
            public void showError(String message, Throwable details) {
                LOG.log(System.Logger.Level.WARNING, message);
            }

            @Override
            public void showInfo(String title, String message) {
                LOG.log(System.Logger.Level.INFO, message);
            }
        });
        // One line on stdout for the app-kill test to read.
        DocumentModel d = window.workspace().current().orElse(null);
        System.out.println("QUIRE-TEST recovered=" + recoverable.size() + " dirty=" + (d != null && d.isDirty())
                + " text=" + (d == null ? "" : d.editor().text().replace("\n", "\\n")));
        System.out.flush();
    }

    /** The app-kill test types into the open post as a user would (through the editor's text area). */
    private static void testHooks(WorkspaceModel ws) {
        String text = System.getProperty(TYPE_ON_START);
        if (text == null) {
            return;
        }
        ws.current().ifPresent(d -> {
            var area = d.editor().area();
            area.insertText(area.getLength(), text);
            System.out.println("QUIRE-TEST typed");
            System.out.flush();
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
        if (window != null) {
            window.closeSitePreview();
        }
        if (safety != null) {
            safety.close();
        }
        background.shutdownNow();
    }
}
