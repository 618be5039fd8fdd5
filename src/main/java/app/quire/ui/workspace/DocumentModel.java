package app.quire.ui.workspace;

import app.quire.markdown.RenderContext;
import app.quire.post.Post;
import app.quire.post.PostFile;
import app.quire.ui.LatestTaskRunner;
import app.quire.ui.editor.MarkdownEditor;
import app.quire.ui.preview.PreviewPane;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reactfx.Subscription;

/**
 * One open post: its file on disk (none while unsaved), its editor and its preview, and what the window shows
 * about it (title, dirty flag, text statistics). The preview is attached later than the editor, after the
 * window's first frame, so start-up shows an editable text first.
 */
public final class DocumentModel {
    private static final System.Logger LOG = System.getLogger(DocumentModel.class.getName());

    private final MarkdownEditor editor;
    private final ObjectProperty<PostFile> file = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PreviewPane> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper frontMatterTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lineEnding = new ReadOnlyStringWrapper("LF");
    private final BooleanBinding dirty;
    private final StringBinding displayName;
    private final LatestTaskRunner analysis;
    private final Subscription textSubscription;
    private Subscription previewSubscription = Subscription.EMPTY;
    private boolean dark;
    private java.time.ZoneId publishZone;
    private final BooleanProperty forcedDirty = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper encoding = new ReadOnlyStringWrapper("UTF-8");
    private final ObservableList<Banner> banners = FXCollections.observableArrayList();
    private volatile String docId;

    /** A document over this text; {@code file} is null for a post that was never saved. */
    public DocumentModel(PostFile file, String text, LatestTaskRunner analysis) {
        this.analysis = analysis;
        this.editor = new MarkdownEditor();
        this.file.set(file);
        editor.load(text);
        dirty = editor.dirtyProperty().or(forcedDirty);
        docId = file == null ? app.quire.safety.RecoveryStore.untitledId()
                : app.quire.safety.RecoveryStore.idFor(file.path());
        this.file.addListener((o, a, f) -> refreshEncoding());
        refreshEncoding();
        frontMatterTitle.set(titleOf(text));
        displayName = Bindings.createStringBinding(this::computeDisplayName, frontMatterTitle, this.file);
        textSubscription = editor.area().plainTextChanges().subscribe(ch -> onTextChanged());
        analyse(text);
    }

    private String computeDisplayName() {
        String t = frontMatterTitle.get();
        if (t != null && !t.isBlank()) {
            return t;
        }
        PostFile f = file.get();
        return f == null ? "Untitled" : f.path().getFileName().toString();
    }

    private static String titleOf(String text) {
        return Post.parse(text).title().orElse("");
    }

    private void onTextChanged() {
        String text = editor.text();
        PreviewPane p = preview.get();
        if (p != null) {
            p.show(text);
        }
        analyse(text);
    }

    private void analyse(String text) {
        analysis.submit(() -> new Analysis(titleOf(text), "\r\n".equals(Post.newlineOf(text)) ? "CRLF" : "LF"),
                a -> {
                    frontMatterTitle.set(a.title());
                    lineEnding.set(a.lineEnding());
                }, e -> LOG.log(System.Logger.Level.WARNING, "Reading the post's title failed", e));
    }

    private record Analysis(String title, String lineEnding) {
    }

    /**
     * Creates the preview for this context (replacing an earlier one), shows the current text and wires caret and
     * scroll between editor and preview. The factory is {@code PreviewPane::new} in the app.
     */
    public void attachPreview(RenderContext context, Function<RenderContext, PreviewPane> factory) {
        detachPreview();
        PreviewPane p = factory.apply(context);
        p.setDark(dark);
        p.setPublishZone(publishZone);
        p.show(editor.text());
        javafx.beans.value.ChangeListener<Integer> caretLine = (o, a, line) -> p.revealLine(line);
        editor.area().currentParagraphProperty().addListener(caretLine);
        previewSubscription = () -> editor.area().currentParagraphProperty().removeListener(caretLine);
        p.setOnScrolledToLine(line -> {
            if (line >= 0 && line < editor.area().getParagraphs().size()) {
                editor.area().showParagraphAtTop(line);
            }
        });
        preview.set(p);
    }

    /** The zone whose day the preview's header shows for a dated post (see PreviewPane#setPublishZone). */
    public void setPublishZone(java.time.ZoneId zone) {
        publishZone = zone;
        PreviewPane p = preview.get();
        if (p != null) {
            p.setPublishZone(zone);
        }
    }

    private void detachPreview() {
        previewSubscription.unsubscribe();
        previewSubscription = Subscription.EMPTY;
        PreviewPane old = preview.get();
        if (old != null) {
            preview.set(null);
            old.dispose();
        }
    }

    /** Switches editor and preview to the dark or light look. */
    public void setDark(boolean dark) {
        this.dark = dark;
        editor.setDark(dark);
        PreviewPane p = preview.get();
        if (p != null) {
            p.setDark(dark);
        }
    }

    public MarkdownEditor editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<PreviewPane> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public Optional<PreviewPane> preview() {
        return Optional.ofNullable(preview.get());
    }

    public ObjectProperty<PostFile> fileProperty() {
        return file;
    }

    /** The file on disk, or empty while the post was never saved. */
    public Optional<PostFile> file() {
        return Optional.ofNullable(file.get());
    }

    public Optional<Path> path() {
        return file().map(f -> f.path().toAbsolutePath().normalize());
    }

    /** True while the editor text differs from the saved text. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The post's title from its front matter, else its file name, else "Untitled". */
    public StringBinding displayNameProperty() {
        return displayName;
    }

    public String displayName() {
        return displayName.get();
    }

    public ReadOnlyStringProperty frontMatterTitleProperty() {
        return frontMatterTitle.getReadOnlyProperty();
    }

    /** "LF" or "CRLF": the line ending the text uses. */
    public ReadOnlyStringProperty lineEndingProperty() {
        return lineEnding.getReadOnlyProperty();
    }

    /** Records a successful save: the file now holds the editor text. */
    public void markSaved(PostFile savedTo) {
        file.set(savedTo);
        forcedDirty.set(false);
        editor.markSaved();
        refreshEncoding();
    }

    /** Marks the post as unsaved although its text did not change (file deleted, encoding to convert). */
    public void markUnsaved() {
        forcedDirty.set(true);
    }

    /** The id of this post in the recovery store ({@code file:<path>} or {@code untitled:<uuid>}). */
    public String docId() {
        return docId;
    }

    public void setDocId(String id) {
        this.docId = id;
    }

    /** The charset the file is saved in, e.g. "UTF-8", "UTF-8 BOM", "windows-1252". */
    public ReadOnlyStringProperty encodingProperty() {
        return encoding.getReadOnlyProperty();
    }

    /** Re-reads the charset from the file (after a conversion). */
    public void refreshEncoding() {
        PostFile f = file.get();
        if (f == null) {
            encoding.set("UTF-8");
        } else {
            String name = f.charset().name();
            encoding.set(f.hasBom() && "UTF-8".equals(name) ? "UTF-8 BOM" : f.hasBom() ? name + " BOM" : name);
        }
    }

    /** Messages shown above the editor; the view renders them. */
    public ObservableList<Banner> banners() {
        return banners;
    }

    /** Shows a banner, replacing one of the same kind. */
    public void showBanner(Banner b) {
        banners.removeIf(x -> x.kind().equals(b.kind()));
        banners.add(b);
    }

    public void hideBanner(String kind) {
        banners.removeIf(x -> x.kind().equals(kind));
    }

    public void dispose() {
        textSubscription.unsubscribe();
        detachPreview();
        editor.dispose();
    }
}
