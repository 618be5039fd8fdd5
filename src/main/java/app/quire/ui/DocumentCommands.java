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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import app.quire.safety.ExternalChangePolicy;
import app.quire.safety.FileWatcher;
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
 * Runs on the FX thread.
 */
public final class DocumentCommands {
    private static final System.Logger LOG = System.getLogger(DocumentCommands.class.getName());
    private static final DateTimeFormatter JEKYLL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private final WorkspaceModel workspace;
    private final AppServices services;
    private boolean previewsEnabled;
    private Runnable onPostsChanged = () -> { };
    private Safety safety;
    private Stage stage;
    private DocumentTabs tabs;
    private HistoryPane historyPane;

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
    private static String plainReason(IOException e, Path file) {
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
     */
    void autosaveToFile(String docId) {
        if (safety == null || !workspace.autosaveToFileProperty().get()) {
            return;
        }
        for (DocumentModel doc : workspace.documents()) {
            PostFile f = doc.file().orElse(null);
            if (!doc.docId().equals(docId) || f == null || f.readOnly() || !doc.isDirty()) {
                continue;
            }
            try {
                safety.saver().save(f, doc.docId(), doc.editor().text(), false);
                doc.markSaved(f);
                track(doc);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.INFO, "autosave to {0} skipped: {1}", f.path(), e.getMessage());
            }
        }
    }

    /** Saves a post to its file (asking where for a new post). False when it was not saved. */
    public boolean save(DocumentModel doc) {
        Optional<PostFile> file = doc.file();
        if (file.isEmpty()) {
            return saveAs(doc);
        }
        PostFile f = file.get();
        String text = doc.editor().text();
        try {
            // A file deleted by another program is simply written again.
            boolean gone = !Files.exists(f.path());
            try {
                if (safety != null) {
                    safety.saver().save(f, doc.docId(), text, gone);
                } else if (gone) {
                    f.saveOverwriting(text);
                } else {
                    f.save(text);
                }
            } catch (FileChangedOnDiskException e) {
                LOG.log(System.Logger.Level.INFO, "{0} changed on disk; asking before overwriting", f.path());
                if (!services.prompter().askOverwrite(f.path())) {
                    return false;
                }
                if (safety != null) {
                    safety.saver().save(f, doc.docId(), text, true);
                } else {
                    f.saveOverwriting(text);
                }
            }
        } catch (IOException e) {
            fail("Quire could not save " + f.path().getFileName() + ": " + plainReason(e, f.path())
                    + " The file on disk is unchanged and your text is still here; try Save As to write it "
                    + "somewhere else.", e);
            return false;
        }
        doc.markSaved(f);
        doc.hideBanner("missing");
        track(doc);
        return true;
    }

    /** Saves a post under a new name; new posts default to the blog's {@code _posts} with a Jekyll file name. */
    public boolean saveAs(DocumentModel doc) {
        Path initial = doc.path().map(Path::getParent).or(() -> workspace.blogFolder().map(this::postsFolder))
                .orElse(null);
        String suggested = doc.path().map(p -> p.getFileName().toString()).orElseGet(() ->
                PostNames.jekyllFileName(LocalDate.now(), doc.frontMatterTitleProperty().get()));
        Optional<Path> chosen = services.prompter().chooseSaveTarget(initial, suggested);
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = withExtension(chosen.get()).toAbsolutePath().normalize();
        Optional<DocumentModel> other = workspace.findOpen(target);
        if (other.isPresent() && other.get() != doc) {
            fail(target.getFileName() + " is open in another tab. Close that tab first, or choose another name.",
                    null);
            return false;
        }
        try {
            PostFile saved = PostFile.create(target, doc.editor().text());
            untrack(doc, true);
            doc.setDocId(RecoveryStore.idFor(target));
            doc.markSaved(saved);
            doc.hideBanner("missing");
            showFileBanners(doc, saved);
            track(doc);
        } catch (IOException e) {
            fail("Quire could not save " + target.getFileName() + ": " + plainReason(e, target)
                    + " Your text is still here.", e);
            return false;
        }
        services.settings().addRecentFile(target);
        if (previewsEnabled) {
            // The post's folder (and maybe its site) changed: the preview needs the new RenderContext.
            attachPreview(doc);
        }
        if (workspace.blogFolder().filter(target::startsWith).isPresent()) {
            onPostsChanged.run();
        }
        return true;
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + ".md");
    }

    private Path postsFolder(Path blog) {
        Path posts = blog.resolve("_posts");
        return Files.isDirectory(posts) ? posts : blog;
    }

    /** Closes a tab, asking first when it has unsaved changes. False when the user cancelled. */
    public boolean close(DocumentModel doc) {
        if (!confirmDiscard(doc)) {
            return false;
        }
        untrack(doc, true);
        workspace.remove(doc);
        return true;
    }

    private boolean confirmDiscard(DocumentModel doc) {
        if (!doc.isDirty()) {
            return true;
        }
        workspace.currentProperty().set(doc);
        switch (services.prompter().askSaveChanges(doc.displayName())) {
            case SAVE:
                return save(doc);
            case DISCARD:
                return true;
            default:
                return false;
        }
    }

    /** Asks about every unsaved post, remembers the session and ends the app. False when the user cancelled. */
    public boolean quit() {
        for (DocumentModel d : new ArrayList<>(workspace.documents())) {
            if (!confirmDiscard(d)) {
                return false;
            }
        }
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
        return true;
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
        s.setDarkTheme(workspace.darkProperty().get());
        s.setAutosaveToFile(workspace.autosaveToFileProperty().get());
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
