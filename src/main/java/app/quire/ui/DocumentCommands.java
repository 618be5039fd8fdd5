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
import javafx.application.Platform;

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
        return d;
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
            return Optional.of(openLoaded(PostFile.open(file)));
        } catch (IOException e) {
            fail("Quire could not open " + file.getFileName() + ". Check that the file exists and is readable.", e);
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

    /** Saves a post to its file (asking where for a new post). False when it was not saved. */
    public boolean save(DocumentModel doc) {
        Optional<PostFile> file = doc.file();
        if (file.isEmpty()) {
            return saveAs(doc);
        }
        PostFile f = file.get();
        String text = doc.editor().text();
        try {
            try {
                f.save(text);
            } catch (FileChangedOnDiskException e) {
                LOG.log(System.Logger.Level.INFO, "{0} changed on disk; asking before overwriting", f.path());
                if (!services.prompter().askOverwrite(f.path())) {
                    return false;
                }
                f.saveOverwriting(text);
            }
        } catch (IOException e) {
            fail("Quire could not save " + f.path().getFileName() + ". Your text is still here; "
                    + "try Save As to write it somewhere else.", e);
            return false;
        }
        doc.markSaved(f);
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
            doc.markSaved(saved);
        } catch (IOException e) {
            fail("Quire could not save " + target.getFileName() + ". Check that the folder is writable.", e);
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
        s.setOpenFiles(files);
        s.setCurrentFile(workspace.current().flatMap(DocumentModel::path).orElse(null));
        s.setDarkTheme(workspace.darkProperty().get());
        if (services.settingsFile() != null) {
            try {
                s.save(services.settingsFile());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not write settings " + services.settingsFile(), e);
            }
        }
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
