package app.quire.ui;

import app.quire.ui.editor.TextStats;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.reactfx.Subscription;

/**
 * The bottom line: saved state, words, reading time, characters, caret position, encoding, line ending. The state
 * reads "Saving…" while a save of the shown post has taken longer than {@link #SAVING_DELAY}; a fast save shows
 * nothing in between, so the line does not flicker. While a long job runs (an export), its progress and a Cancel
 * button show at the right end ({@link #track}).
 */
final class StatusBar {
    /** How long a save runs before the state says "Saving…". */
    static final Duration SAVING_DELAY = Duration.millis(300);

    /** Runs a task after a delay on the FX thread; returns how to cancel it (a test seam). */
    interface Delay {
        Runnable schedule(Duration delay, Runnable task);

        static Delay fx() {
            return (delay, task) -> {
                PauseTransition pause = new PauseTransition(delay);
                pause.setOnFinished(e -> task.run());
                pause.play();
                return pause::stop;
            };
        }
    }

    private final HBox root = new HBox();
    private final Label state = label("status-state");
    private final Label words = label("status-words");
    private final Label reading = label("status-reading");
    private final Label chars = label("status-chars");
    private final Label caret = label("status-caret");
    private final Label encoding = label("status-encoding");
    private final Label lineEnding = label("status-line-ending");
    private final javafx.scene.control.Hyperlink jobName = new javafx.scene.control.Hyperlink();
    private final javafx.scene.control.ProgressBar jobProgress = new javafx.scene.control.ProgressBar(0);
    private final javafx.scene.control.Button jobCancel = new javafx.scene.control.Button("Cancel");
    private final HBox job = new HBox(jobName, jobProgress, jobCancel);
    private Subscription jobSubscription = Subscription.EMPTY;
    private DocumentModel shown;
    private Subscription subscription = Subscription.EMPTY;
    private final ChangeListener<Object> refresh = (o, a, b) -> update();
    private final ObservableSet<DocumentModel> saving;
    private final Delay delay;
    private Runnable cancelSavingNote = () -> { };
    private boolean savingNoted;

    StatusBar(WorkspaceModel workspace) {
        this(workspace, FXCollections.observableSet(), Delay.fx());
    }

    /** @param saving the posts with a save running or waiting */
    StatusBar(WorkspaceModel workspace, ObservableSet<DocumentModel> saving) {
        this(workspace, saving, Delay.fx());
    }

    StatusBar(WorkspaceModel workspace, ObservableSet<DocumentModel> saving, Delay delay) {
        this.saving = saving;
        this.delay = delay;
        saving.addListener((SetChangeListener<DocumentModel>) c -> {
            if (c.getElementAdded() == shown || c.getElementRemoved() == shown) {
                watchSaving();
                update();
            }
        });
        root.getStyleClass().add("status-bar");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        job.getStyleClass().add("status-job");
        job.setId("status-job");
        job.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        job.setSpacing(6);
        job.setVisible(false);
        job.managedProperty().bind(job.visibleProperty());
        jobProgress.setPrefWidth(120);
        jobProgress.setMinWidth(80);
        jobCancel.setId("status-job-cancel");
        Separator jobSep = new Separator(javafx.geometry.Orientation.VERTICAL);
        jobSep.getStyleClass().add("status-separator");
        jobSep.visibleProperty().bind(job.visibleProperty());
        jobSep.managedProperty().bind(job.visibleProperty());
        root.getChildren().addAll(state, sep(words), words, sep(reading), reading, sep(chars), chars, grow, caret,
                sep(encoding), encoding, sep(lineEnding), lineEnding, jobSep, job);
        workspace.currentProperty().addListener((o, a, d) -> show(d));
        show(workspace.currentProperty().get());
    }

    Node node() {
        return root;
    }

    /**
     * Shows a long job here while {@code running} is true: its name (clicking it calls {@code reveal}, e.g. to bring
     * its window forward), its progress (0..1, or negative for "busy") and a Cancel button calling {@code cancel}.
     * A later call replaces the job followed.
     */
    void track(String name, javafx.beans.value.ObservableBooleanValue running,
            javafx.beans.value.ObservableDoubleValue progress, Runnable cancel, Runnable reveal) {
        jobSubscription.unsubscribe();
        jobName.setText(name);
        jobName.setOnAction(e -> reveal.run());
        jobCancel.setOnAction(e -> cancel.run());
        jobProgress.progressProperty().bind(progress);
        job.visibleProperty().bind(running);
        jobSubscription = () -> {
            job.visibleProperty().unbind();
            job.setVisible(false);
            jobProgress.progressProperty().unbind();
        };
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    /** A separator before {@code next}, shown only while {@code next} has text (none with no post open). */
    private static Separator sep(Label next) {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        s.getStyleClass().add("status-separator");
        s.visibleProperty().bind(next.textProperty().isNotEmpty());
        s.managedProperty().bind(s.visibleProperty());
        return s;
    }

    private void show(DocumentModel d) {
        subscription.unsubscribe();
        if (shown != null) {
            shown.dirtyProperty().removeListener(refresh);
            shown.editor().statsProperty().removeListener(refresh);
            shown.lineEndingProperty().removeListener(refresh);
            shown.fileProperty().removeListener(refresh);
            shown.encodingProperty().removeListener(refresh);
        }
        shown = d;
        if (d != null) {
            d.dirtyProperty().addListener(refresh);
            d.editor().statsProperty().addListener(refresh);
            d.lineEndingProperty().addListener(refresh);
            d.fileProperty().addListener(refresh);
            d.encodingProperty().addListener(refresh);
            var area = d.editor().area();
            javafx.beans.value.ChangeListener<Integer> caretMoved = (o, a, b) -> updateCaret();
            area.caretPositionProperty().addListener(caretMoved);
            subscription = () -> area.caretPositionProperty().removeListener(caretMoved);
        } else {
            subscription = Subscription.EMPTY;
        }
        watchSaving();
        update();
    }

    /** "Saving…" for the shown post only once its save has run for {@link #SAVING_DELAY}. */
    private void watchSaving() {
        cancelSavingNote.run();
        cancelSavingNote = () -> { };
        savingNoted = false;
        DocumentModel d = shown;
        if (d != null && saving.contains(d)) {
            cancelSavingNote = delay.schedule(SAVING_DELAY, () -> {
                if (shown == d && saving.contains(d)) {
                    savingNoted = true;
                    update();
                }
            });
        }
    }

    private void updateCaret() {
        if (shown == null) {
            caret.setText("");
            return;
        }
        var area = shown.editor().area();
        if (area.getCaretPosition() > area.getLength()) {
            // Mid-replace: the caret is moved after the text; show it once the change is complete.
            javafx.application.Platform.runLater(this::updateCaret);
            return;
        }
        caret.setText("Ln " + (area.getCurrentParagraph() + 1) + ", Col " + (area.getCaretColumn() + 1));
    }

    private void update() {
        root.setVisible(true);
        if (shown == null) {
            for (Label l : new Label[] {state, words, reading, chars, caret, encoding, lineEnding}) {
                l.setText("");
            }
            state.setText("No post open");
            return;
        }
        state.setText(savingNoted ? "Saving\u2026"
                : shown.isDirty() ? "Modified" : shown.file().isPresent() ? "Saved" : "Not saved yet");
        TextStats s = shown.editor().stats();
        words.setText(s.words() + (s.words() == 1 ? " word" : " words"));
        reading.setText(s.readingMinutes() + " min read");
        chars.setText(s.characters() + (s.characters() == 1 ? " character" : " characters"));
        encoding.setText(shown.encodingProperty().get());
        lineEnding.setText(shown.lineEndingProperty().get());
        updateCaret();
    }
}
