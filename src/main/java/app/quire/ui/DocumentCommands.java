package app.quire.ui;

import app.quire.post.FileChangedOnDiskException;
import app.quire.post.PostFile;
import app.quire.post.PostNames;
import app.quire.ui.LatestTaskRunner;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.Optional;
import app.quire.safety.ExternalChangePolicy;
import app.quire.safety.FileWatcher;
import app.quire.safety.PostSaver;
import app.quire.safety.RecoveryStore;
import app.quire.safety.Session;
import app.quire.ui.history.HistoryPane;
import app.quire.ui.recovery.RecoveryDialog;
import app.quire.ui.recovery.Safety;
import app.quire.ui.workspace.Banner;
import app.quire.ui.workspace.ViewMode;
import java.util.Map;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The file commands of the window: new, open, save, close, quit. Each asks the user through the {@link Prompter}
 * where needed, changes the {@link WorkspaceModel}, and reports failures as plain sentences (logged once).
 * Runs on the FX thread; the disk work of saves runs on the {@link SaveLane} (docs/decisions/0173), so save,
 * Save As, close and quit answer with a future that completes on the FX thread.
 */
public final class DocumentCommands {
    private static final System.Logger LOG = System.getLogger(DocumentCommands.class.getName());
    /** How long Quit waits for running saves before it gives up quitting (and says so). */
    static final Duration QUIT_WAIT = Duration.ofSeconds(5);
    private static final DateTimeFormatter JEKYLL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private final WorkspaceModel workspace;
    private final AppServices services;
    private boolean previewsEnabled;
    private Runnable onPostsChanged = () -> { };
    private Safety safety;
    private Stage stage;
    private DocumentTabs tabs;
    private HistoryPane historyPane;
    private final SaveLane lane = new SaveLane(Platform::runLater);
    private final SaveQueue saves = new SaveQueue(Platform::runLater);
    private Duration quitWait = QUIT_WAIT;
    private CompletableFuture<Boolean> quitting;

    public DocumentCommands(WorkspaceModel workspace, AppServices services) {
        this.workspace = workspace;
        this.services = services;
        workspace.currentProperty().addListener((o, a, d) -> {
            if (previewsEnabled && d != null && d.preview().isEmpty()) {
                attachPreview(d);
            }
        });
    }

    public void setOnPostsChanged(Runnable r) {
        onPostsChanged = r;
    }

    /**
     * From now on documents get their preview (a WebView each) when they become current; the current document
     * gets its preview now. Tabs restored at start-up but never looked at cost no WebView.
     */
    public void enablePreviews() {
        if (previewsEnabled) {
            return;
        }
        previewsEnabled = true;
        workspace.current().filter(d -> d.preview().isEmpty()).ifPresent(this::attachPreview);
    }

    private void attachPreview(DocumentModel d) {
        d.attachPreview(workspace.renderContextFor(d.path()), services.previews());
        d.preview().ifPresent(p -> p.setScrollSync(workspace.scrollSyncProperty().get()));
    }

    private DocumentModel newDocument(PostFile file, String text) {
        LatestTaskRunner runner = new LatestTaskRunner(services.background(), Platform::runLater);
        DocumentModel d = new DocumentModel(file, text, runner);
        d.setDark(workspace.darkProperty().get());
        workspace.add(d);
        protect(d);
        return d;
    }

    /**
     * Wires the safety services to the app (docs/decisions/0100): autosave of every edit to the recovery store,
     * saves through the history-keeping saver, the file watcher. Null keeps the plain behaviour (some tests).
     */
    public void setSafety(Safety safety) {
        this.safety = safety;
        if (safety != null) {
            safety.setOnAutosaved(id -> Platform.runLater(() -> autosaveToFile(id)));
        }
        if (safety != null && safety.watcher() == null) {
            safety.watchWith(change -> Platform.runLater(() -> onExternalChange(change)));
        }
        if (safety != null) {
            workspace.documents().forEach(this::protect);
            // Tabs opened or closed: remember them now, so a crash does not lose the session either.
            workspace.documents().addListener((javafx.collections.ListChangeListener<DocumentModel>) c -> {
                Session now = currentSession();
                services.background().execute(() -> {
                    try {
                        safety.session().save(now);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.WARNING, "Could not write the session: {0}", e.getMessage());
                    }
                });
            });
        }
    }

    public Optional<Safety> safety() {
        return Optional.ofNullable(safety);
    }

    /** The window parts the session remembers (window bounds, editor/preview divider). */
    void setSessionParts(Stage stage, DocumentTabs tabs) {
        this.stage = stage;
        this.tabs = tabs;
    }

    /** Autosave, recovery tracking, watching and banners for a newly opened document. */
    private void protect(DocumentModel d) {
        d.file().ifPresent(f -> {
            showFileBanners(d, f);
        });
        if (safety == null || d.editor().area().getProperties().containsKey("quire.protected")) {
            return;
        }
        d.editor().area().getProperties().put("quire.protected", Boolean.TRUE);
        track(d);
        d.editor().area().plainTextChanges().subscribe(ch -> {
            if (safety != null && d.isDirty()) {
                safety.autosave().textChanged(d.docId(), () -> d.editor().text());
            }
        });
        d.dirtyProperty().addListener((o, was, now) -> {
            if (!now && safety != null) {
                safety.autosave().discarded(d.docId());
            }
        });
    }

    /** Tells the recovery store and the watcher which file (and which version of it) the document belongs to. */
    private void track(DocumentModel d) {
        if (safety == null) {
            return;
        }
        PostFile f = d.file().orElse(null);
        safety.track(d.docId(), f == null ? null : f.path(), f == null ? null : f.contentHash());
        if (f != null && safety.watcher() != null) {
            try {
                safety.watcher().watch(f.path(), () -> {
                    PostFile now = d.fileProperty().get();
                    return now == null ? null : now.contentHash();
                }, () -> {
                    PostFile now = d.fileProperty().get();
                    return now != null && now.readOnly();
                });
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot watch {0}: {1}", f.path(), e.getMessage());
            }
        }
    }

    private void untrack(DocumentModel d, boolean discardRecovery) {
        if (safety == null) {
            return;
        }
        if (discardRecovery) {
            safety.autosave().discarded(d.docId());
        }
        d.path().ifPresent(p -> {
            if (safety.watcher() != null) {
                safety.watcher().unwatch(p);
            }
        });
    }

    /** Banners for files that are not plain writable UTF-8: other charset (with Convert), read-only. */
    private void showFileBanners(DocumentModel d, PostFile f) {
        f.warning().ifPresentOrElse(w -> d.showBanner(new Banner("encoding",
                        w + " Quire saves it back in " + f.charset().name() + ".",
                        List.of(new Banner.Button("Convert to UTF-8", () -> convertToUtf8(d))))),
                () -> d.hideBanner("encoding"));
        d.editor().area().setEditable(!f.readOnly());
        if (f.readOnly()) {
            d.showBanner(new Banner("read-only", f.path().getFileName() + " is read-only: you can read it here "
                    + "but not change it. Use Save As to work on a copy.",
                    List.of(new Banner.Button("Save As…", () -> saveAs(d)))));
        } else {
            d.hideBanner("read-only");
        }
    }

    /** From now on the post is saved as UTF-8; it counts as changed until saved. */
    public void convertToUtf8(DocumentModel d) {
        d.file().ifPresent(f -> {
            f.convertToUtf8();
            d.refreshEncoding();
            d.markUnsaved();
            d.hideBanner("encoding");
        });
    }

    /** A new untitled post with a title and today's date in its front matter. */
    public DocumentModel newPost() {
        String text = "---\ntitle: Untitled post\ndate: " + JEKYLL_DATE.format(ZonedDateTime.now()) + "\n---\n\n";
        DocumentModel d = newDocument(null, text);
        d.editor().area().moveTo(text.length());
        return d;
    }

    public void openFileDialog() {
        Path initial = workspace.current().flatMap(DocumentModel::path).map(Path::getParent)
                .or(() -> workspace.blogFolder().map(this::postsFolder)).orElse(null);
        services.prompter().chooseFileToOpen(initial).ifPresent(this::open);
    }

    public void openFolderDialog() {
        Path initial = workspace.blogFolder().map(Path::getParent).orElse(null);
        services.prompter().chooseFolderToOpen(initial).ifPresent(this::openFolder);
    }

    /** Opens a post in a new tab, or selects its tab when it is already open. */
    public Optional<DocumentModel> open(Path file) {
        Optional<DocumentModel> existing = workspace.findOpen(file);
        if (existing.isPresent()) {
            workspace.currentProperty().set(existing.get());
            return existing;
        }
        try {
            return Optional.of(openLoaded(PostFile.open(file, PostFile.Decoding.DETECT)));
        } catch (IOException e) {
            fail("Quire did not open " + file.getFileName() + ": " + plainReason(e, file), e);
            return Optional.empty();
        }
    }

    /** Opens a post already read from disk (start-up reads files off the FX thread). */
    public DocumentModel openLoaded(PostFile file) {
        Optional<DocumentModel> existing = workspace.findOpen(file.path());
        if (existing.isPresent()) {
            workspace.currentProperty().set(existing.get());
            return existing.get();
        }
        services.settings().addRecentFile(file.path());
        return newDocument(file, file.text());
    }

    /** The exception's message without the leading path (PostFile messages start with it). */
    private static String plainReason(Throwable e, Path file) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String abs = file.toString();
        if (m.startsWith(abs + " ")) {
            m = "it " + m.substring(abs.length() + 1);
        }
        return m.endsWith(".") ? m : m + ".";
    }

    /** Shows this blog folder in the post list. */
    public void openFolder(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(f)) {
            fail("The folder " + folder + " does not exist any more.", null);
            return;
        }
        workspace.blogFolderProperty().set(f);
        services.settings().addRecentFolder(f);
        onPostsChanged.run();
    }

    /**
     * With File > Autosave to File on, saves an autosaved post into its own file too — never asking: a post that
     * is new, read-only, or changed on disk by another program is left to the recovery store and the writer.
     * The write runs on the save lane like every save.
     */
    void autosaveToFile(String docId) {
        if (safety == null || !workspace.autosaveToFileProperty().get()) {
            return;
        }
        for (DocumentModel doc : workspace.documents()) {
            PostFile f = doc.file().orElse(null);
            if (doc.docId().equals(docId) && f != null && !f.readOnly() && doc.isDirty()) {
                saves.enqueue(doc, "autosave", () -> autosaveNow(doc));
            }
        }
    }

    private CompletableFuture<Boolean> autosaveNow(DocumentModel doc) {
        PostFile f = doc.file().orElse(null);
        if (safety == null || !workspace.autosaveToFileProperty().get() || f == null || f.readOnly()
                || !doc.isDirty() || !workspace.documents().contains(doc)) {
            return CompletableFuture.completedFuture(false);
        }
        EditorSnapshot snapshot = EditorSnapshot.of(doc);
        return lane.submit(fileWrite(f, snapshot.text(), false, false)).handle((written, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                LOG.log(System.Logger.Level.INFO, "autosave to {0} skipped: {1}", f.path(), cause.getMessage());
                return false;
            }
            written(doc, f, snapshot);
            return true;
        });
    }

    /**
     * Saves a post to its file (asking where for a new post). The text is taken now, written on the save lane
     * (docs/decisions/0173), and the future completes on the FX thread: true when written, false when not
     * (cancelled, or failed: the failure was shown). A save asked for while one of the same post runs follows it.
     */
    public CompletableFuture<Boolean> save(DocumentModel doc) {
        if (doc.file().isEmpty()) {
            return saveAs(doc);
        }
        return saves.enqueue(doc, "save", () -> doc.file().isEmpty() ? saveAsNow(doc) : saveNow(doc, false));
    }

    private CompletableFuture<Boolean> saveNow(DocumentModel doc, boolean overwrite) {
        PostFile f = doc.file().orElseThrow();
        EditorSnapshot snapshot = EditorSnapshot.of(doc);
        // A file deleted by another program is simply written again.
        return lane.submit(fileWrite(f, snapshot.text(), overwrite, true)).handle((written, error) -> {
            if (error == null) {
                written(doc, f, snapshot);
                return CompletableFuture.completedFuture(true);
            }
            Throwable cause = unwrap(error);
            if (cause instanceof FileChangedOnDiskException && !overwrite) {
                LOG.log(System.Logger.Level.INFO, "{0} changed on disk; asking before overwriting", f.path());
                if (!services.prompter().askOverwrite(f.path())) {
                    return CompletableFuture.completedFuture(false);
                }
                return saveNow(doc, true);
            }
            fail("Quire could not save " + f.path().getFileName() + ": " + plainReason(cause, f.path())
                    + " The file on disk is unchanged and your text is still here; try Save As to write it "
                    + "somewhere else.", cause);
            return CompletableFuture.completedFuture(false);
        }).thenCompose(result -> result);
    }

    /** The disk work of a save, run on the save lane; {@code rewriteIfGone}: a deleted file is written again. */
    private Callable<PostFile> fileWrite(PostFile f, String text, boolean overwrite, boolean rewriteIfGone) {
        PostSaver saver = safety == null ? null : safety.saver();
        return () -> {
            boolean force = overwrite || rewriteIfGone && !Files.exists(f.path());
            if (saver != null) {
                saver.write(f, text, force);
            } else if (force) {
                f.saveOverwriting(text);
            } else {
                f.save(text);
            }
            return f;
        };
    }

    /** Back on the FX thread after a write: the post is saved for the written text (modified if it changed). */
    private void written(DocumentModel doc, PostFile f, EditorSnapshot snapshot) {
        boolean current = snapshot.markWritten(doc, f);
        doc.hideBanner("missing");
        track(doc);
        if (safety != null) {
            if (current) {
                safety.autosave().saved(doc.docId());
            } else {
                // Typed during the save: the newer text goes to the recovery store again (with the new base).
                safety.autosave().textChanged(doc.docId(), () -> doc.editor().text());
            }
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /**
     * Saves a post under a new name; new posts default to the blog's {@code _posts} with a Jekyll file name. The
     * write runs on the save lane; the future completes on the FX thread, false when cancelled or failed.
     */
    public CompletableFuture<Boolean> saveAs(DocumentModel doc) {
        return saves.enqueue(doc, "save-as", () -> saveAsNow(doc));
    }

    private CompletableFuture<Boolean> saveAsNow(DocumentModel doc) {
        Path initial = doc.path().map(Path::getParent).or(() -> workspace.blogFolder().map(this::postsFolder))
                .orElse(null);
        String suggested = doc.path().map(p -> p.getFileName().toString()).orElseGet(() ->
                PostNames.jekyllFileName(LocalDate.now(), doc.frontMatterTitleProperty().get()));
        Optional<Path> chosen = services.prompter().chooseSaveTarget(initial, suggested);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Path target = withExtension(chosen.get()).toAbsolutePath().normalize();
        Optional<DocumentModel> other = workspace.findOpen(target);
        if (other.isPresent() && other.get() != doc) {
            fail(target.getFileName() + " is open in another tab. Close that tab first, or choose another name.",
                    null);
            return CompletableFuture.completedFuture(false);
        }
        EditorSnapshot snapshot = EditorSnapshot.of(doc);
        return lane.submit(() -> PostFile.create(target, snapshot.text())).handle((saved, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                fail("Quire could not save " + target.getFileName() + ": " + plainReason(cause, target)
                        + " Your text is still here.", cause);
                return false;
            }
            savedAs(doc, saved, snapshot);
            return true;
        });
    }

    private void savedAs(DocumentModel doc, PostFile saved, EditorSnapshot snapshot) {
        Path target = saved.path();
        untrack(doc, true);
        doc.setDocId(RecoveryStore.idFor(target));
        boolean current = snapshot.markWritten(doc, saved);
        doc.hideBanner("missing");
        showFileBanners(doc, saved);
        track(doc);
        if (safety != null && !current) {
            safety.autosave().textChanged(doc.docId(), () -> doc.editor().text());
        }
        services.settings().addRecentFile(target);
        if (previewsEnabled) {
            // The post's folder (and maybe its site) changed: the preview needs the new RenderContext.
            attachPreview(doc);
        }
        if (workspace.blogFolder().filter(target::startsWith).isPresent()) {
            onPostsChanged.run();
        }
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + ".md");
    }

    private Path postsFolder(Path blog) {
        Path posts = blog.resolve("_posts");
        return Files.isDirectory(posts) ? posts : blog;
    }

    /**
     * Closes a tab, asking first when it has unsaved changes; after "Save" the tab closes once the save
     * succeeded (a failed save keeps it open). A save of the post already running is waited for first. The future
     * completes on the FX thread: false when the tab stays open (cancelled or not saved).
     */
    public CompletableFuture<Boolean> close(DocumentModel doc) {
        return saves.settled(doc).thenCompose(x -> {
            if (!workspace.documents().contains(doc)) {
                return CompletableFuture.completedFuture(true);
            }
            if (!doc.isDirty()) {
                closeNow(doc);
                return CompletableFuture.completedFuture(true);
            }
            workspace.currentProperty().set(doc);
            switch (services.prompter().askSaveChanges(doc.displayName())) {
                case SAVE:
                    // Closed only when saved; typed meanwhile, it is asked about again.
                    return save(doc).thenCompose(ok -> ok ? close(doc) : CompletableFuture.completedFuture(false));
                case DISCARD:
                    closeNow(doc);
                    return CompletableFuture.completedFuture(true);
                default:
                    return CompletableFuture.completedFuture(false);
            }
        });
    }

    private void closeNow(DocumentModel doc) {
        untrack(doc, true);
        workspace.remove(doc);
    }

    /**
     * Asks about every unsaved post, remembers the session and ends the app. Saves already running are waited for
     * first, in order, at most {@link #quitWait}; then each unsaved post is asked about and those to save are
     * saved, again waiting at most {@link #quitWait}. A failed or unfinished save keeps the app open. The future
     * completes on the FX thread: false when the app stays open.
     */
    public CompletableFuture<Boolean> quit() {
        if (quitting != null) {
            return quitting;
        }
        CompletableFuture<Boolean> q = saves.allSettled(quitWait).thenCompose(settled -> {
            if (settled == SaveQueue.Settled.STILL_RUNNING) {
                stillSaving();
                return CompletableFuture.completedFuture(false);
            }
            return askAndSaveThenExit(new HashSet<>());
        });
        if (!q.isDone()) {
            quitting = q;
            q.whenComplete((r, e) -> quitting = null);
        }
        return q;
    }

    private CompletableFuture<Boolean> askAndSaveThenExit(Set<DocumentModel> discarded) {
        List<CompletableFuture<Boolean>> started = new ArrayList<>();
        for (DocumentModel d : new ArrayList<>(workspace.documents())) {
            if (!d.isDirty() || discarded.contains(d)) {
                continue;
            }
            workspace.currentProperty().set(d);
            switch (services.prompter().askSaveChanges(d.displayName())) {
                case SAVE:
                    started.add(save(d));
                    break;
                case DISCARD:
                    discarded.add(d);
                    break;
                default:
                    return CompletableFuture.completedFuture(false);
            }
        }
        if (started.isEmpty()) {
            exitNow();
            return CompletableFuture.completedFuture(true);
        }
        return saves.allSettled(quitWait).thenCompose(settled -> {
            if (settled == SaveQueue.Settled.STILL_RUNNING) {
                stillSaving();
                return CompletableFuture.completedFuture(false);
            }
            // The saves ended on the FX thread before this, so their results are known (failures were shown).
            if (!started.stream().allMatch(f -> Boolean.TRUE.equals(f.getNow(false)))) {
                return CompletableFuture.completedFuture(false);
            }
            // Typed while saving: ask about those posts again.
            return askAndSaveThenExit(discarded);
        });
    }

    private void stillSaving() {
        fail("Quire is still saving and did not quit, so nothing is lost. Quit again once the save has finished.",
                null);
    }

    /** The session, the recovery store and the app's end, once every post is saved or discarded. */
    private void exitNow() {
        saveSession();
        for (DocumentModel d : workspace.documents()) {
            untrack(d, true);
        }
        if (safety != null) {
            // Let the autosave thread delete the discarded entries before the app stops it.
            try {
                safety.autosave().flushAll().get(3, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.log(System.Logger.Level.WARNING, "Recovery entries may be offered again: {0}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        services.exit().run();
    }

    /** The posts with a save running or waiting (the status bar shows "Saving…" for a slow one). */
    javafx.collections.ObservableSet<DocumentModel> savingDocuments() {
        return saves.saving();
    }

    /** Package-private test seams: the lane (for a slow-disk hook) and the bound of Quit's wait. */
    SaveLane saveLane() {
        return lane;
    }

    void setQuitWait(Duration wait) {
        quitWait = wait;
    }

    /** Completes on the FX thread once every save asked for so far has ended (tests wait on it). */
    CompletableFuture<SaveQueue.Settled> savesSettled(Duration bound) {
        return saves.allSettled(bound);
    }

    /**
     * Writes the preferences (theme, font size, wrap, scroll sync, autosave) soon after one changes, so a crash
     * or a killed session does not forget them; quitting writes them again with the session.
     */
    public void rememberPreferencesOnChange() {
        javafx.animation.PauseTransition soon = new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));
        soon.setOnFinished(e -> {
            var s = services.settings();
            copyPreferences(s);
            Path file = services.settingsFile();
            if (file != null) {
                services.background().execute(() -> {
                    try {
                        s.save(file);
                    } catch (IOException ex) {
                        LOG.log(System.Logger.Level.WARNING, "Could not write settings " + file, ex);
                    }
                });
            }
        });
        javafx.beans.InvalidationListener later = o -> soon.playFromStart();
        workspace.darkProperty().addListener(later);
        workspace.autosaveToFileProperty().addListener(later);
        workspace.softWrapProperty().addListener(later);
        workspace.scrollSyncProperty().addListener(later);
        workspace.editorFontSizeProperty().addListener(later);
        workspace.postListShownProperty().addListener(later);
    }

    /** The workspace's preferences (theme, autosave, wrap, scroll sync, font size, post list) into {@code s}. */
    private void copyPreferences(app.quire.ui.settings.Settings s) {
        s.setDarkTheme(workspace.darkProperty().get());
        s.setAutosaveToFile(workspace.autosaveToFileProperty().get());
        s.setSoftWrap(workspace.isSoftWrap());
        s.setScrollSync(workspace.scrollSyncProperty().get());
        s.setEditorFontSize(workspace.editorFontSizeProperty().get());
        s.setPostListShown(workspace.postListShownProperty().get());
    }

    /** Writes the blog folder, open files, current file and theme to the settings file. */
    public void saveSession() {
        var s = services.settings();
        s.setLastFolder(workspace.blogFolder().orElse(null));
        List<Path> files = new ArrayList<>();
        for (DocumentModel d : workspace.documents()) {
            d.path().ifPresent(files::add);
        }
        if (safety != null) {
            // One store for the session (docs/decisions/0103): tabs, carets, window, divider and view mode go to
            // the session file; settings keep only preferences and the blog folder.
            writeSession();
            s.setOpenFiles(List.of());
            s.setCurrentFile(null);
        } else {
            s.setOpenFiles(files);
            s.setCurrentFile(workspace.current().flatMap(DocumentModel::path).orElse(null));
        }
        copyPreferences(s);
        if (services.settingsFile() != null) {
            try {
                s.save(services.settingsFile());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not write settings " + services.settingsFile(), e);
            }
        }
    }

    /** The session now: saved tabs with caret and first visible line, window bounds, divider, view mode. */
    public Session currentSession() {
        List<Session.Tab> tabList = new ArrayList<>();
        int current = -1;
        for (DocumentModel d : workspace.documents()) {
            if (d.path().isEmpty()) {
                continue;
            }
            if (d == workspace.current().orElse(null)) {
                current = tabList.size();
            }
            tabList.add(new Session.Tab(d.path().get(), d.editor().area().getCaretPosition(),
                    d.editor().firstVisibleLine(), 0));
        }
        if (current < 0 && !tabList.isEmpty()) {
            current = 0;
        }
        Optional<Session.Bounds> bounds = Optional.empty();
        boolean maximized = false;
        if (stage != null) {
            maximized = stage.isMaximized();
            bounds = Optional.of(new Session.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        }
        double divider = workspace.current().map(d -> tabs == null ? null : tabs.viewOf(d))
                .map(DocumentView::dividerPosition).orElse(0.5);
        return new Session(tabList, current, bounds, maximized, divider, workspace.viewModeProperty().get().name());
    }

    private void writeSession() {
        try {
            safety.session().save(currentSession());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the session: {0}", e.getMessage());
        }
    }

    /** Puts carets, scroll positions, divider and view mode of a loaded session back on the open documents. */
    public void applySession(Session s) {
        try {
            workspace.viewModeProperty().set(ViewMode.valueOf(s.viewMode()));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, "unknown view mode {0} in the session", s.viewMode());
        }
        for (Session.Tab t : s.tabs()) {
            workspace.findOpen(t.file()).ifPresent(d -> {
                var area = d.editor().area();
                area.moveTo(Math.min(t.caret(), area.getLength()));
                d.editor().scrollToLine((int) Math.max(0, t.editorScroll()));
                if (tabs != null && tabs.viewOf(d) != null) {
                    tabs.viewOf(d).setDividerPosition(s.splitDivider());
                }
            });
        }
    }

    // ---- crash recovery, outside changes, history -------------------------------------------------------

    /**
     * After a crash: asks (through the prompter) what to do with each recoverable post; restored text opens as
     * an unsaved change of its post (or of a new untitled post when its file is gone), discarded text is dropped,
     * the rest waits for the next start.
     */
    public void offerRecovery(List<RecoveryStore.Recoverable> pending) {
        offerRecovery(pending, services.prompter());
    }

    /** As {@link #offerRecovery(List)}, asking this prompter (the app-kill test answers automatically). */
    public void offerRecovery(List<RecoveryStore.Recoverable> pending, Prompter asker) {
        if (safety == null || pending.isEmpty()) {
            return;
        }
        Map<String, Prompter.RecoveryChoice> answers = asker.askRecovery(pending);
        DocumentModel last = null;
        for (RecoveryStore.Recoverable r : pending) {
            Prompter.RecoveryChoice c = answers.getOrDefault(r.docId(), Prompter.RecoveryChoice.LATER);
            if (c == Prompter.RecoveryChoice.RESTORE) {
                DocumentModel d = restore(r);
                if (d != null) {
                    last = d;
                }
            } else if (c == Prompter.RecoveryChoice.DISCARD) {
                try {
                    safety.recovery().discard(r.docId());
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not remove recovered text {0}: {1}", r.docId(),
                            e.getMessage());
                }
            }
        }
        if (last != null) {
            workspace.currentProperty().set(last);
        }
    }

    private DocumentModel restore(RecoveryStore.Recoverable r) {
        DocumentModel d = null;
        if (r.original().isPresent() && Files.isRegularFile(r.original().get())) {
            d = open(r.original().get()).orElse(null);
        }
        if (d == null) {
            d = newDocument(null, "");
            d.setDocId(r.docId());
            track(d);
            r.original().ifPresent(p -> {
                safety.track(r.docId(), p, r.baseHash().orElse(null));
            });
        }
        if (!d.editor().text().equals(r.text())) {
            d.editor().area().replaceText(r.text());
        }
        d.markUnsaved();
        return d;
    }

    /** Another program changed, deleted or moved an open post (docs/decisions/0102). FX thread. */
    void onExternalChange(FileWatcher.Change change) {
        Optional<DocumentModel> od = workspace.findOpen(change.file());
        if (od.isEmpty()) {
            return;
        }
        DocumentModel d = od.get();
        if (saves.isBusy(d)) {
            // Maybe our own write, seen before the save finished: decide once it has (docs/decisions/0173).
            saves.settled(d).thenRun(() -> onExternalChange(change));
            return;
        }
        if (change.kind() == FileWatcher.Kind.ACCESS) {
            followAccess(d);
            return;
        }
        if (change.kind() == FileWatcher.Kind.MOVED && change.movedTo().isPresent()
                && follow(d, change.file(), change.movedTo().get())) {
            return;
        }
        if (change.kind() != FileWatcher.Kind.MODIFIED) {
            d.markUnsaved();
            String where = change.movedTo().map(p -> " (it is now " + p.getFileName() + ")").orElse("");
            d.showBanner(new Banner("missing", change.file().getFileName() + " was "
                    + (change.kind() == FileWatcher.Kind.MOVED ? "moved" : "deleted") + " by another program"
                    + where + ". Your text is still here; save it to write the file again.",
                    List.of(new Banner.Button("Save", () -> save(d)), new Banner.Button("Save As…", () -> saveAs(d)))));
            return;
        }
        PostFile theirs;
        try {
            theirs = PostFile.open(change.file(), PostFile.Decoding.DETECT);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read changed file {0}: {1}", change.file(), e.getMessage());
            return;
        }
        if (d.file().map(PostFile::contentHash).filter(theirs.contentHash()::equals).isPresent()) {
            // The bytes Quire last read or wrote: our own save, not another program's.
            return;
        }
        String mine = d.editor().text();
        ExternalChangePolicy.Decision decision = ExternalChangePolicy.decide(d.isDirty(), change.kind(), mine,
                theirs.text());
        if (decision.action() == ExternalChangePolicy.Action.RELOAD_SILENTLY) {
            reload(d, theirs);
            return;
        }
        String diff = decision.diff().map(r -> r.unified(mine, 3)).orElse("");
        switch (services.prompter().askExternalChange(d.displayName(), diff)) {
            case TAKE_THEIRS:
                reload(d, theirs);
                break;
            case SAVE_AS:
                // The file keeps the other program's text; mine goes to a new file.
                saveAs(d);
                break;
            case KEEP_MINE:
            default:
                // Their version becomes the base: the next save replaces it (and keeps it in history) without
                // asking again; the editor stays unsaved.
                d.fileProperty().set(theirs);
                d.markUnsaved();
                track(d);
        }
    }

    /**
     * The post became read-only or writable on disk (chmod, a file manager): the editor and its banner follow
     * without a reload, so the writer's text and place stay as they are (decision 0186). Called on the FX thread.
     */
    private void followAccess(DocumentModel d) {
        d.file().ifPresent(f -> services.background().execute(() -> {
            if (f.recheckReadOnly()) { // a stat or two, off the FX thread
                Platform.runLater(() -> {
                    if (d.file().filter(f::equals).isPresent()) {
                        showFileBanners(d, f);
                    }
                });
            }
        }));
    }

    /**
     * Another program renamed or moved the post (same bytes under a new name): the tab now edits the file at its
     * new place, so that the next save does not bring back a second copy under the old name (decision 0181).
     * False when the new file cannot be taken over (open in another tab, unreadable); the caller then reports.
     */
    private boolean follow(DocumentModel d, Path from, Path to) {
        Path target = to.toAbsolutePath().normalize();
        Optional<DocumentModel> other = workspace.findOpen(target);
        if (other.isPresent() && other.get() != d) {
            return false;
        }
        PostFile moved;
        try {
            moved = PostFile.open(target, PostFile.Decoding.DETECT);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot follow {0} to {1}: {2}", from, target, e.getMessage());
            return false;
        }
        untrack(d, true);
        d.setDocId(RecoveryStore.idFor(target));
        boolean clean = d.editor().text().equals(moved.text());
        if (clean) {
            d.markSaved(moved);
        } else {
            // Unsaved edits stay unsaved, now against the moved file; the recovery store keeps them.
            d.fileProperty().set(moved);
            d.refreshEncoding();
        }
        track(d);
        if (safety != null && !clean) {
            safety.autosave().textChanged(d.docId(), () -> d.editor().text());
        }
        d.hideBanner("missing");
        showFileBanners(d, moved);
        d.showBanner(new Banner("moved", from.getFileName() + " was renamed or moved by another program; this tab "
                + "now edits " + (target.getParent().equals(from.toAbsolutePath().normalize().getParent())
                ? target.getFileName() : target) + ".", List.of(new Banner.Button("OK",
                () -> d.hideBanner("moved")))));
        services.settings().addRecentFile(target);
        if (previewsEnabled) {
            attachPreview(d); // the post's folder may have changed, and with it where its images resolve
        }
        return true;
    }

    /** Shows the file's new text as the saved state, keeping caret and scroll position. */
    private void reload(DocumentModel d, PostFile theirs) {
        var area = d.editor().area();
        int caret = area.getCaretPosition();
        int top = d.editor().firstVisibleLine();
        if (!d.editor().text().equals(theirs.text())) {
            area.replaceText(theirs.text());
        }
        d.markSaved(theirs);
        d.hideBanner("missing");
        showFileBanners(d, theirs);
        area.moveTo(Math.min(caret, area.getLength()));
        d.editor().scrollToLine(top);
        track(d);
    }

    /** View > Local History: the panel of earlier versions of the current post. */
    public void showHistory() {
        Optional<DocumentModel> d = workspace.current();
        if (safety == null || d.isEmpty()) {
            return;
        }
        if (d.get().path().isEmpty()) {
            services.prompter().showInfo("Local History", "This post has not been saved yet, so it has no history.");
            return;
        }
        if (historyPane == null) {
            historyPane = new HistoryPane(safety.history(), services.background());
        }
        historyPane.show(stage, d.get());
    }

    public Optional<HistoryPane> historyPane() {
        return Optional.ofNullable(historyPane);
    }

    public void goToLine() {
        workspace.current().ifPresent(d -> {
            var area = d.editor().area();
            services.prompter().askLineNumber(area.getCurrentParagraph() + 1, area.getParagraphs().size())
                    .ifPresent(line -> d.editor().goToLine(line - 1));
            area.requestFocus();
        });
    }

    /** Logs a failure once and tells the user in a plain sentence. */
    void fail(String message, Throwable cause) {
        if (cause != null) {
            LOG.log(System.Logger.Level.WARNING, message, cause);
        } else {
            LOG.log(System.Logger.Level.INFO, message);
        }
        services.prompter().showError(message, cause);
    }
}
