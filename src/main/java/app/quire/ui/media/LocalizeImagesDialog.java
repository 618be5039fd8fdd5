package app.quire.ui.media;

import app.quire.media.ImageImporter;
import app.quire.media.ImageSettings;
import app.quire.media.ImageTarget;
import app.quire.media.RemoteImageLocalizer;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * Blog > Localize Remote Images: lists the post's remote images first (nothing is downloaded before the writer
 * agrees), then downloads them off the FX thread with a progress bar (timeouts, size cap, image check), stores them
 * through the {@link ImageImporter} and rewrites the references as one undoable edit.
 */
public final class LocalizeImagesDialog {
    /** Per-download timeout. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ButtonType download = new ButtonType("Download and Rewrite", ButtonBar.ButtonData.OK_DONE);
    private CompletableFuture<RemoteImageLocalizer.Result> result = new CompletableFuture<>();

    private LocalizeImagesDialog() {
    }

    /** Opens the preview dialog for the document (or tells that it has no remote images). */
    public static LocalizeImagesDialog run(WorkspaceModel ws, DocumentModel doc) {
        Path root = ws.renderContextFor(doc.path()).siteRoot();
        return open(doc.editor().area(), new ImageDropHandler.Where(root, doc.path().orElse(null)), TIMEOUT,
                RemoteImageLocalizer.DEFAULT_MAX_BYTES);
    }

    /** The dialog for an editor's text; returns it so tests can press its buttons and wait for the result. */
    public static LocalizeImagesDialog open(CodeArea area, ImageDropHandler.Where where, Duration timeout,
            long maxBytes) {
        LocalizeImagesDialog d = new LocalizeImagesDialog();
        List<RemoteImageLocalizer.RemoteRef> refs = RemoteImageLocalizer.find(area.getText());
        if (refs.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "This post links to no remote images.");
            a.setHeaderText("Nothing to localize");
            a.show();
            d.result.complete(new RemoteImageLocalizer.Result(List.of(), List.of()));
            return d;
        }
        d.build(area, where, refs, timeout, maxBytes);
        return d;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Completes when the downloads are done and the text rewritten. */
    public CompletableFuture<RemoteImageLocalizer.Result> result() {
        return result;
    }

    private void build(CodeArea area, ImageDropHandler.Where where, List<RemoteImageLocalizer.RemoteRef> refs,
            Duration timeout, long maxBytes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        refs.forEach(r -> counts.merge(r.url(), 1, Integer::sum));
        ListView<String> list = new ListView<>();
        list.setId("localize-list");
        list.getItems().setAll(counts.entrySet().stream().map(e -> e.getKey()
                + (e.getValue() > 1 ? "   (" + e.getValue() + " references)" : "")).collect(Collectors.toList()));
        list.setPrefSize(640, Math.min(300, 40 + 26 * counts.size()));
        Label intro = new Label(counts.size() + " remote image" + (counts.size() == 1 ? "" : "s") + " ("
                + refs.size() + " reference" + (refs.size() == 1 ? "" : "s") + ") will be downloaded into the blog "
                + "and the references rewritten to the local copies:");
        intro.setWrapText(true);
        // Wrapped lines keep their height; the dialog grows when the outcome is longer (see finish).
        intro.setMinHeight(Region.USE_PREF_SIZE);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("localize-status");
        dialog.setTitle("Localize Remote Images");
        dialog.getDialogPane().setContent(new VBox(8, intro, list, progress, status));
        dialog.getDialogPane().getButtonTypes().setAll(download, ButtonType.CLOSE);
        if (area.getScene() != null) {
            dialog.initOwner(area.getScene().getWindow());
        }
        javafx.scene.Node go = dialog.getDialogPane().lookupButton(download);
        go.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // keep the dialog open to show progress and the outcome
            go.setDisable(true);
            start(area, where, refs, timeout, maxBytes);
        });
        dialog.show();
    }

    private void start(CodeArea area, ImageDropHandler.Where where, List<RemoteImageLocalizer.RemoteRef> refs,
            Duration timeout, long maxBytes) {
        progress.setVisible(true);
        status.setText("Downloading…");
        CompletableFuture.supplyAsync(() -> {
            try {
                ImageTarget target = ImageTarget.of(where.siteRoot(), where.postFile());
                RemoteImageLocalizer l = new RemoteImageLocalizer(new ImageImporter(target,
                        ImageSettings.forTarget(target)), timeout, maxBytes);
                return l.download(refs, (done, total, url) -> Platform.runLater(() -> {
                    progress.setProgress(done / (double) total);
                    status.setText(done + " of " + total + ": " + url);
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((r, error) -> Platform.runLater(() -> finish(area, r, error)));
    }

    private void finish(CodeArea area, RemoteImageLocalizer.Result r, Throwable error) {
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            status.setText("Nothing was changed: " + cause.getMessage());
            result.completeExceptionally(cause);
            return;
        }
        RemoteImageLocalizer.Edit edit = RemoteImageLocalizer.edit(area.getText(), r.localized());
        if (edit != null) {
            area.replaceText(edit.start(), edit.end(), edit.replacement());
        }
        status.setText(outcome(r));
        progress.setProgress(1);
        // The outcome may be several lines (one per image not localized): let the window grow to show them.
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
        result.complete(r);
    }

    /** What happened, in a sentence, then one line per image that was not localized and why. */
    static String outcome(RemoteImageLocalizer.Result r) {
        int n = r.localized().size();
        StringBuilder sb = new StringBuilder(n == 0 ? "No image could be stored; the post is unchanged."
                : n + " image" + (n == 1 ? "" : "s") + " stored in the blog and the references rewritten"
                        + " (Undo reverts the text).");
        for (RemoteImageLocalizer.Failed f : r.failed()) {
            sb.append("\nNot localized: ").append(f.url()).append(" — ").append(f.message());
        }
        return sb.toString();
    }
}
