package app.quire.ui.workspace;

import app.quire.markdown.RenderContext;
import app.quire.post.schema.FrontMatterSchema;
import app.quire.site.Site;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The state of the main window: blog folder, open documents in tab order, the current one, view and theme. */
public final class WorkspaceModel {
    private final ObjectProperty<Path> blogFolder = new SimpleObjectProperty<>();
    private final ObservableList<DocumentModel> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentModel> current = new SimpleObjectProperty<>();
    private final ObjectProperty<ViewMode> viewMode = new SimpleObjectProperty<>(ViewMode.BOTH);
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty outlineShown = new SimpleBooleanProperty();
    private final BooleanProperty postListShown = new SimpleBooleanProperty(true);
    private final BooleanProperty softWrap = new SimpleBooleanProperty(true);
    private final BooleanProperty scrollSync = new SimpleBooleanProperty(true);
    private final javafx.beans.property.DoubleProperty editorFontSize = new javafx.beans.property.SimpleDoubleProperty(
            app.quire.ui.settings.Settings.DEFAULT_FONT);
    private final BooleanProperty frontMatterCollapsed = new SimpleBooleanProperty();
    private final BooleanProperty autosaveToFile = new SimpleBooleanProperty();
    private final ObjectProperty<FrontMatterSchema> schema = new SimpleObjectProperty<>(FrontMatterSchema.empty());

    public WorkspaceModel() {
        softWrap.addListener((o, a, wrap) -> documents.forEach(d -> d.editor().setWrap(wrap)));
        scrollSync.addListener((o, a, on) -> documents.forEach(d -> d.preview().ifPresent(p -> p.setScrollSync(on))));
        editorFontSize.addListener((o, a, size) -> documents.forEach(d -> d.editor().setFontSize(size.doubleValue())));
    }

    /** The editors' font size in points (View > Zoom In / Out, Preferences); every open editor follows. */
    public javafx.beans.property.DoubleProperty editorFontSizeProperty() {
        return editorFontSize;
    }

    /** Changes the font size by {@code steps} points, within the settings' limits; 0 resets it. */
    public void zoom(int steps) {
        double size = steps == 0 ? app.quire.ui.settings.Settings.DEFAULT_FONT : editorFontSize.get() + steps;
        editorFontSize.set(Math.max(app.quire.ui.settings.Settings.MIN_FONT,
                Math.min(app.quire.ui.settings.Settings.MAX_FONT, size)));
    }

    public ObjectProperty<Path> blogFolderProperty() {
        return blogFolder;
    }

    public Optional<Path> blogFolder() {
        return Optional.ofNullable(blogFolder.get());
    }

    public ObservableList<DocumentModel> documents() {
        return documents;
    }

    public ObjectProperty<DocumentModel> currentProperty() {
        return current;
    }

    public Optional<DocumentModel> current() {
        return Optional.ofNullable(current.get());
    }

    public ObjectProperty<ViewMode> viewModeProperty() {
        return viewMode;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Whether each tab shows the outline of its headings beside the editor. */
    /** View > Post List: whether the blog sidebar is shown (hidden for writing with the whole window). */
    public BooleanProperty postListShownProperty() {
        return postListShown;
    }

    public BooleanProperty outlineShownProperty() {
        return outlineShown;
    }

    public BooleanProperty softWrapProperty() {
        return softWrap;
    }

    public boolean isSoftWrap() {
        return softWrap.get();
    }

    /** Whether editor and preview scroll together. */
    public BooleanProperty scrollSyncProperty() {
        return scrollSync;
    }

    /**
     * Whether autosave also saves posts into their own files (off by default: autosave then only writes the
     * recovery store, and the post file changes only when the writer saves).
     */
    public BooleanProperty autosaveToFileProperty() {
        return autosaveToFile;
    }

    /** Whether the front-matter forms are folded to one line (title and date). */
    public BooleanProperty frontMatterCollapsedProperty() {
        return frontMatterCollapsed;
    }

    /** The front-matter fields, types and vocabularies of the open blog (inferred off the FX thread). */
    public ObjectProperty<FrontMatterSchema> schemaProperty() {
        return schema;
    }

    /** The open document of this file, if any. */
    public Optional<DocumentModel> findOpen(Path file) {
        Path p = file.toAbsolutePath().normalize();
        return documents.stream().filter(d -> d.path().filter(p::equals).isPresent()).findFirst();
    }

    /** Adds a document as the last tab and makes it current. */
    public void add(DocumentModel doc) {
        doc.editor().setWrap(softWrap.get());
        if (editorFontSize.get() != app.quire.ui.settings.Settings.DEFAULT_FONT) {
            doc.editor().setFontSize(editorFontSize.get()); // the stylesheet's size otherwise
        }
        documents.add(doc);
        current.set(doc);
    }

    /** Removes a document (after any confirmation), selects a neighbour and disposes it. */
    public void remove(DocumentModel doc) {
        int i = documents.indexOf(doc);
        if (i < 0) {
            return;
        }
        documents.remove(i);
        if (current.get() == doc) {
            current.set(documents.isEmpty() ? null : documents.get(Math.min(i, documents.size() - 1)));
        }
        doc.dispose();
    }

    /**
     * Where the preview resolves a post's links: site-root paths against the open blog folder when the post lies
     * inside it (else the site folder found above the file), relative ones against the post's folder.
     */
    public RenderContext renderContextFor(Optional<Path> file) {
        if (file.isEmpty()) {
            return new RenderContext(blogFolder.get(), null);
        }
        Path f = file.get().toAbsolutePath().normalize();
        Path blog = blogFolder.get();
        Path root = blog != null && f.startsWith(blog.toAbsolutePath().normalize()) ? blog
                : Site.findRoot(f).orElse(null);
        return new RenderContext(root, f.getParent(), f);
    }
}
