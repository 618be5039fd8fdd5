package app.quire.ui;

import app.quire.post.PostFile;
import app.quire.post.schema.FrontMatterSchema;
import app.quire.ui.editor.OutlinePane;
import app.quire.ui.frontmatter.FrontMatterForm;
import app.quire.ui.media.ImageDropHandler;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.workspace.Banner;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.ViewMode;
import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One tab's content: the front-matter form on top, below it the editor (with its outline when shown) beside the
 * preview in a resizable split; the view mode hides either side.
 */
final class DocumentView {
    private final DocumentModel doc;
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane(split);
    private final FrontMatterForm form;
    private final StackPane previewHolder = new StackPane();
    private final BorderPane editorSide = new BorderPane();
    private final ObservableValue<ViewMode> mode;
    private final ObservableValue<Boolean> outlineShown;
    private final ChangeListener<ViewMode> modeListener = (o, a, b) -> applyMode(b);
    private final ChangeListener<Boolean> outlineListener = (o, a, b) -> showOutline(b);
    private final ChangeListener<FrontMatterSchema> schemaListener;
    private final ChangeListener<PostFile> fileListener;
    private final WorkspaceModel workspace;
    private OutlinePane outline;
    private final ChangeListener<PreviewPane> previewListener = (o, a, b) -> showPreview(b);
    private double divider = 0.5;
    private final VBox bannerBox = new VBox();
    private final ListChangeListener<Banner> bannerListener =
            c -> showBanners();
    private final ImageDropHandler images;

    DocumentView(DocumentModel doc, WorkspaceModel workspace) {
        this.doc = doc;
        this.workspace = workspace;
        this.mode = workspace.viewModeProperty();
        this.outlineShown = workspace.outlineShownProperty();
        form = new FrontMatterForm(doc.editor().area(), workspace.schemaProperty().get());
        form.collapsedProperty().bindBidirectional(workspace.frontMatterCollapsedProperty());
        form.setPostFile(doc.path().orElse(null));
        applySchema();
        schemaListener = (o, a, schema) -> applySchema();
        workspace.schemaProperty().addListener(schemaListener);
        fileListener = (o, a, file) -> {
            form.setPostFile(file == null ? null : file.path());
            applySchema();
        };
        doc.fileProperty().addListener(fileListener);
        bannerBox.getStyleClass().add("document-banners");
        root.setTop(new VBox(bannerBox, form.node()));
        doc.banners().addListener(bannerListener);
        showBanners();
        images = new ImageDropHandler(doc.editor(), () -> new ImageDropHandler.Where(
                workspace.renderContextFor(doc.path()).siteRoot(), doc.path().orElse(null))).attach();
        root.getStyleClass().add("document-root");
        editorSide.setCenter(doc.editor().node());
        outlineShown.addListener(outlineListener);
        showOutline(outlineShown.getValue());
        split.getStyleClass().add("document-view");
        previewHolder.getStyleClass().add("preview-holder");
        doc.previewProperty().addListener(previewListener);
        showPreview(doc.previewProperty().get());
        mode.addListener(modeListener);
        applyMode(mode.getValue());
    }

    /**
     * The open blog's schema for its own posts (and new ones); a post of another site (still open after another
     * blog folder was opened, or opened on its own) gets no schema and its own site folder, so its hero image is
     * looked up where its preview finds it rather than reported missing from the open blog.
     */
    private void applySchema() {
        Path blog = workspace.blogFolder().map(b -> b.toAbsolutePath().normalize()).orElse(null);
        Optional<Path> file = doc.path().map(f -> f.toAbsolutePath().normalize());
        if (file.isEmpty() || blog != null && file.get().startsWith(blog)) {
            form.setSchema(workspace.schemaProperty().get());
            if (blog != null) {
                form.setSiteFolder(workspace.blogFolder().get());
            }
        } else {
            form.setSchema(FrontMatterSchema.empty());
            Path own = workspace.renderContextFor(file).siteRoot();
            if (own != null) {
                form.setSiteFolder(own);
            }
        }
    }

    Node node() {
        return root;
    }

    FrontMatterForm form() {
        return form;
    }

    /** Paste, drop and Insert Image on this tab's editor. */
    ImageDropHandler images() {
        return images;
    }

    private void showPreview(PreviewPane p) {
        if (p == null) {
            previewHolder.getChildren().clear();
        } else {
            previewHolder.getChildren().setAll(p.node());
        }
    }

    private void showOutline(boolean shown) {
        if (shown && outline == null) {
            outline = new OutlinePane(doc.editor());
            outline.getStyleClass().add("document-outline");
        }
        editorSide.setLeft(shown ? outline : null);
    }

    private void applyMode(ViewMode m) {
        if (split.getItems().size() == 2) {
            divider = split.getDividerPositions()[0];
        }
        Node editor = editorSide;
        switch (m) {
            case EDITOR_ONLY:
                split.getItems().setAll(editor);
                break;
            case PREVIEW_ONLY:
                split.getItems().setAll(previewHolder);
                break;
            default:
                split.getItems().setAll(editor, previewHolder);
                split.setDividerPositions(divider);
        }
    }

    boolean showsEditor() {
        return split.getItems().contains(editorSide);
    }

    boolean showsPreview() {
        return split.getItems().contains(previewHolder);
    }

    /** One row per banner: its text and its buttons. */
    private void showBanners() {
        bannerBox.getChildren().clear();
        for (app.quire.ui.workspace.Banner b : doc.banners()) {
            javafx.scene.control.Label text = new javafx.scene.control.Label(b.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, text);
            row.setId("banner-" + b.kind());
            row.getStyleClass().add("document-banner");
            row.setStyle("-fx-padding: 6 10; -fx-background-color: #fff4c2; -fx-alignment: center-left;");
            text.setStyle("-fx-text-fill: #3a3000;");
            for (app.quire.ui.workspace.Banner.Button bb : b.buttons()) {
                javafx.scene.control.Button button = new javafx.scene.control.Button(bb.label());
                button.setOnAction(e -> bb.action().run());
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the text wraps, the button never cuts
                row.getChildren().add(button);
            }
            bannerBox.getChildren().add(row);
        }
    }

    /** Where the editor/preview divider is (0..1), for the session. */
    double dividerPosition() {
        return split.getItems().size() == 2 ? split.getDividerPositions()[0] : divider;
    }

    void setDividerPosition(double position) {
        divider = position;
        if (split.getItems().size() == 2) {
            split.setDividerPositions(position);
        }
    }

    void dispose() {
        doc.banners().removeListener(bannerListener);
        mode.removeListener(modeListener);
        outlineShown.removeListener(outlineListener);
        workspace.schemaProperty().removeListener(schemaListener);
        doc.fileProperty().removeListener(fileListener);
        form.collapsedProperty().unbindBidirectional(workspace.frontMatterCollapsedProperty());
        form.dispose();
        doc.previewProperty().removeListener(previewListener);
    }
}
