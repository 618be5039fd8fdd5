package app.quire.ui.export;

import app.quire.site.ExportOptions;
import app.quire.site.ExportProgress;
import app.quire.site.ExportReport;
import app.quire.site.Problem;
import app.quire.site.SiteExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Export Site: the output folder (remembered per blog), drafts/future/expired/clean options, Export with a progress bar
 * and Cancel, then the summary, the problems as {@code FILE:LINE:COL: severity: message} lines (double-click or
 * Enter opens the post at that line) and Open in Browser. The export runs on a background executor; the pane
 * stays usable (it lives in a non-modal window).
 */
public final class ExportPane {
    private final Path blog;
    private final Executor background;
    private final ExportFolders folders;
    private final TextField output = new TextField();
    private final Button choose = new Button("Choose…");
    private final CheckBox drafts = new CheckBox("Include drafts");
    private final CheckBox future = new CheckBox("Include future-dated posts");
    private final CheckBox expired = new CheckBox("Include expired posts (Hugo expiryDate passed)");
    private final CheckBox clean = new CheckBox("Empty the folder first (also files Quire did not make)");
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel");
    private final Button browser = new Button("Open in Browser");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Choose where the static site goes, then Export.");
    private final ListView<Problem> problems = new ListView<>();
    private final VBox root;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Function<Path, Optional<Path>> chooser = p -> Optional.empty();
    private BiConsumer<Path, Integer> onOpenProblem = (p, l) -> { };
    private SitePreview sites = new SitePreview();
    private BiConsumer<String, Consumer<String>> openAddress = (uri, onFailure) -> { };
    private final Label shownNote = new Label("Shown in the browser at");
    private final TextField address = new TextField();
    private final VBox shownRow = new VBox(4, shownNote, address);
    private ExportReport lastReport;
    private Path lastOutput;

    public ExportPane(Path blog, Executor background, ExportFolders folders) {
        this.blog = blog.toAbsolutePath().normalize();
        this.background = background;
        this.folders = folders;
        output.setId("export-output");
        output.setText(folders.suggest(this.blog).toString());
        output.setPrefColumnCount(32);
        choose.setId("export-choose");
        choose.setOnAction(e -> chooser.apply(currentOutput()).ifPresent(p -> output.setText(p.toString())));
        drafts.setId("export-drafts");
        future.setId("export-future");
        expired.setId("export-expired");
        expired.setTooltip(new Tooltip("Hugo leaves out posts whose expiryDate has passed; this puts them back, as "
                + "hugo --buildExpired does. Jekyll and plain blogs have no expiry dates."));
        clean.setId("export-clean");
        clean.setTooltip(new Tooltip("Without this, files Quire made earlier and no longer needs are removed and "
                + "other files are left alone."));
        export.setId("export-run");
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> cancel());
        browser.setId("export-browser");
        browser.setDisable(true);
        browser.setOnAction(e -> showInBrowser());
        export.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        output.disableProperty().bind(running);
        choose.disableProperty().bind(running);
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("export-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // the problem list gives up room first
        status.getStyleClass().add("export-status");
        problems.setId("export-problems");
        problems.setPlaceholder(new Label("Problems found in posts are listed here."));
        problems.setCellFactory(v -> new ProblemCell());
        problems.setPrefHeight(180);
        problems.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openProblem();
            }
        });
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openProblem();
                e.consume();
            }
        });

        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        form.setHgap(8);
        form.setVgap(6);
        Label blogLabel = new Label(this.blog.toString());
        blogLabel.setId("export-blog");
        form.addRow(0, new Label("Blog"), blogLabel);
        HBox outRow = new HBox(6, output, choose);
        HBox.setHgrow(output, Priority.ALWAYS);
        form.addRow(1, new Label("Output folder"), outRow);
        GridPane.setHgrow(outRow, Priority.ALWAYS);
        form.add(new VBox(4, drafts, future, expired, clean), 1, 2);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, browser, gap, cancel, export);
        HBox.setHgrow(progress, Priority.ALWAYS);
        // where the site is served: a field, so the address can be selected and copied into any browser
        address.setId("export-address");
        address.setEditable(false);
        address.getStyleClass().add("export-address");
        shownNote.setId("export-shown-note");
        shownNote.setWrapText(true);
        shownNote.setMinHeight(Region.USE_PREF_SIZE);
        shownRow.managedProperty().bind(shownRow.visibleProperty());
        shownRow.setVisible(false);
        root = new VBox(10, form, progress, status, problems, shownRow, buttons);
        root.getStyleClass().add("export-pane");
        root.getStylesheets().add(ExportPane.class.getResource("export.css").toExternalForm());
        VBox.setVgrow(problems, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    /** Picks a folder for the Choose… button (the app passes a DirectoryChooser; tests their own). */
    public void setChooser(Function<Path, Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    /** Opens a post at a line (1-based; 0 = no line) when a problem is double-clicked. */
    public void setOnOpenProblem(BiConsumer<Path, Integer> onOpenProblem) {
        this.onOpenProblem = onOpenProblem;
    }

    /** The web server Open in Browser serves the exported folder with (the app shares one). */
    public void setSitePreview(SitePreview sites) {
        this.sites = sites;
    }

    /**
     * Opens an address in the browser ({@link BrowserOpener}); the second argument takes a sentence when no
     * browser could be started.
     */
    public void setOnOpenAddress(BiConsumer<String, Consumer<String>> openAddress) {
        this.openAddress = openAddress;
    }

    /** The address the exported site is served at once Open in Browser was used ("" before). */
    public TextField addressField() {
        return address;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public TextField outputField() {
        return output;
    }

    public CheckBox draftsBox() {
        return drafts;
    }

    public CheckBox expiredBox() {
        return expired;
    }

    public CheckBox futureBox() {
        return future;
    }

    public CheckBox cleanBox() {
        return clean;
    }

    public ListView<Problem> problemList() {
        return problems;
    }

    public Label statusLabel() {
        return status;
    }

    public ProgressBar progressBar() {
        return progress;
    }

    /** The report of the last finished export, or null. */
    public ExportReport lastReport() {
        return lastReport;
    }

    private Path currentOutput() {
        String text = output.getText() == null ? "" : output.getText().strip();
        return text.isEmpty() ? null : Path.of(text).toAbsolutePath().normalize();
    }

    /** Starts the export with the current options (the Export button). */
    public void start() {
        if (running.get()) {
            return;
        }
        Path out = currentOutput();
        if (out == null) {
            fail("Choose an output folder first.");
            return;
        }
        folders.put(blog, out);
        ExportOptions options = new ExportOptions(drafts.isSelected(), future.isSelected(), clean.isSelected(),
                Instant.now(), expired.isSelected());
        cancelRequested.set(false);
        running.set(true);
        browser.setDisable(true);
        problems.getItems().clear();
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.getStyleClass().remove("export-failed");
        status.setText("Reading the blog…");
        Reporter reporter = new Reporter();
        background.execute(() -> {
            try {
                ExportReport report = SiteExporter.export(blog, out, options, reporter);
                Platform.runLater(() -> finished(out, report));
            } catch (CancellationException e) {
                Platform.runLater(() -> {
                    running.set(false);
                    progress.setVisible(false);
                    status.setText("Export cancelled after " + reporter.done.get() + " of " + reporter.total.get()
                            + " files. Export again to finish; unchanged files are skipped.");
                });
            } catch (IllegalArgumentException e) {
                Platform.runLater(() -> fail(e.getMessage() + " Choose another output folder."));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> fail("The export failed: " + e.getMessage()));
            }
        });
    }

    /** Asks the running export to stop after the files in progress. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            status.setText("Cancelling…");
        }
    }

    private void fail(String message) {
        running.set(false);
        progress.setVisible(false);
        status.setText(message);
        if (!status.getStyleClass().contains("export-failed")) {
            status.getStyleClass().add("export-failed");
        }
    }

    private void finished(Path out, ExportReport report) {
        lastReport = report;
        lastOutput = out;
        running.set(false);
        progress.setProgress(1);
        List<Problem> list = report.problems();
        long errors = list.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = list.size() - errors;
        problems.getItems().setAll(list);
        status.setText(String.format("Exported to %s: %d written, %d unchanged, %d removed. %s", out,
                report.written(), report.unchanged(), report.removed(),
                list.isEmpty() ? "No problems." : errors + (errors == 1 ? " error, " : " errors, ") + warnings
                        + (warnings == 1 ? " warning" : " warnings") + " — double-click one to open the post."));
        browser.setDisable(!java.nio.file.Files.isRegularFile(out.resolve("index.html")));
        if (shownRow.isVisible()) {
            serve(false); // a page open in the browser shows this export on reload, whichever folder it went to
        }
    }

    /**
     * Serves the exported folder on this computer only, at the site's baseurl, and opens its home page: from a
     * file: URL a site's root-relative links and styles would not resolve (decision 0199).
     */
    private void showInBrowser() {
        serve(true);
    }

    /** Serves the last export's folder; {@code open}: also opens its home page in the browser. */
    private void serve(boolean open) {
        if (lastOutput == null || lastReport == null) {
            return;
        }
        Path out = lastOutput;
        String baseurl = lastReport.baseurl();
        String siteUrl = lastReport.siteUrl();
        SitePreview server = sites;
        browser.setDisable(true);
        background.execute(() -> {
            try {
                String home = server.serve(out, baseurl, siteUrl).toString();
                Platform.runLater(() -> {
                    browser.setDisable(false);
                    address.setText(home);
                    shownNote.setText("Shown in the browser at");
                    shownRow.setVisible(true);
                    if (!open) {
                        return;
                    }
                    openAddress.accept(home, problem -> Platform.runLater(() -> {
                        if (home.equals(address.getText())) {
                            shownNote.setText(problem + " Open this address in one:");
                            address.requestFocus();
                            address.selectAll();
                        }
                    }));
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    browser.setDisable(false);
                    fail("The exported site could not be shown: " + e.getMessage());
                });
            }
        });
    }

    private void openProblem() {
        Problem p = problems.getSelectionModel().getSelectedItem();
        if (p == null || p.file() == null || p.file().isEmpty() || p.file().equals(".")) {
            return;
        }
        Path file = blog.resolve(p.file()).normalize();
        if (file.startsWith(blog) && java.nio.file.Files.isRegularFile(file)) {
            onOpenProblem.accept(file, p.line());
        }
    }

    /** Passes progress to the FX thread at most one update at a time. */
    private final class Reporter implements ExportProgress {
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        private final AtomicBoolean pending = new AtomicBoolean();

        @Override
        public void planned(int files) {
            total.set(files);
            Platform.runLater(() -> status.setText("Exporting " + files + " files…"));
        }

        @Override
        public void fileDone(int d, int t) {
            done.set(d);
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    long now = done.get();
                    progress.setProgress(t == 0 ? 1 : (double) now / t);
                    if (!cancelRequested.get()) {
                        status.setText("Exporting… " + now + " of " + t + " files");
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested.get();
        }
    }

    private static final class ProblemCell extends ListCell<Problem> {
        /**
         * The message, wrapped, as the cell's graphic: the Primer theme fixes list cells at 3em, which cut a
         * cell's own text to two lines; a label's height follows its wrapped text.
         */
        private final Label message = new Label();

        ProblemCell() {
            // a long message (an image path, a Liquid error) wraps instead of hiding behind a sideways scroll bar
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.getStyleClass().add("problem-message");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected double computePrefHeight(double width) {
            double h = app.quire.ui.WrappingCells.prefHeight(this, width);
            return h < 0 ? super.computePrefHeight(width) : h;
        }

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            message.getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            message.setText(p.toString());
            message.getStyleClass().add(p.severity() == Problem.Severity.ERROR ? "problem-error" : "problem-warning");
            setGraphic(message);
        }
    }
}
