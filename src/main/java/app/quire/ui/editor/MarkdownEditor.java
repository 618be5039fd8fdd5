package app.quire.ui.editor;

import static javafx.scene.input.KeyCode.B;
import static javafx.scene.input.KeyCode.C;
import static javafx.scene.input.KeyCode.ENTER;
import static javafx.scene.input.KeyCode.ESCAPE;
import static javafx.scene.input.KeyCode.F;
import static javafx.scene.input.KeyCode.H;
import static javafx.scene.input.KeyCode.I;
import static javafx.scene.input.KeyCode.K;
import static javafx.scene.input.KeyCode.L;
import static javafx.scene.input.KeyCode.TAB;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.process;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import app.quire.ui.LatestTaskRunner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reactfx.Subscription;

/**
 * The Markdown text editor of one open post: a RichTextFX CodeArea with line numbers, syntax highlighting
 * computed off the FX thread and applied only where it changed, formatting shortcuts, list continuation, and
 * find/replace and go-to-line bars above the text. Line numbers in this API are 0-based.
 */
public final class MarkdownEditor {
    private static final System.Logger LOG = System.getLogger(MarkdownEditor.class.getName());
    private static final ExecutorService HIGHLIGHT_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quire-editor-highlighter");
        t.setDaemon(true);
        return t;
    });
    /** Characters restyled per setStyleSpans call when a big range changed (load, opening a fence). */
    static final int APPLY_CHUNK = 16_384;
    /** FX-thread time spent restyling per frame before the rest waits for the next frame. */
    static final long APPLY_BUDGET_NANOS = 4_000_000;

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    /** The bars are made the first time they are asked for (most starts never open them: docs/decisions/0161). */
    private FindReplaceBar findBar;
    private GoToLineBar goToLineBar;
    private final VBox bars = new VBox();
    private final BorderPane root = new BorderPane();
    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();
    private final MarkdownFormatter formatter = new MarkdownFormatter();
    private final ListContinuation lists = new ListContinuation();
    private final OutlineExtractor outlineExtractor = new OutlineExtractor();
    private final LatestTaskRunner runner;
    private final Executor pulse;
    private final ObservableList<Heading> outline = FXCollections.observableArrayList();
    private final ObservableList<Heading> outlineView = FXCollections.unmodifiableObservableList(outline);
    private final ReadOnlyObjectWrapper<TextStats> stats = new ReadOnlyObjectWrapper<>(this, "stats", TextStats.EMPTY);
    private final ReadOnlyIntegerWrapper caretLine = new ReadOnlyIntegerWrapper(this, "caretLine");
    private final ReadOnlyIntegerWrapper caretColumn = new ReadOnlyIntegerWrapper(this, "caretColumn");
    private final ReadOnlyIntegerWrapper firstVisibleLine = new ReadOnlyIntegerWrapper(this, "firstVisibleLine");
    private final BooleanBinding dirty;
    private final Subscription subscriptions;

    /** Spans the area shows everywhere outside the dirty range. */
    private StyleSpans<Collection<String>> applied;
    private long version;
    private int dirtyFrom = Integer.MAX_VALUE;
    private int dirtyTo = -1;
    private boolean refreshScheduled;
    private boolean firstLineScheduled;
    private boolean disposed;
    private ChunkedApply chunk;
    /** The text as the area has it, kept in step through plainTextChanges: snapshots cost one array copy. */
    private final StringBuilder mirror = new StringBuilder();
    private final AnimationTimer chunkTimer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            applyChunks();
        }
    };
    private volatile EditorTimingListener timing = new EditorTimingListener() { };

    /** An editor whose highlighting runs on a shared background thread and is applied on the FX thread. */
    private Runnable onInsertImage;
    private java.util.function.BooleanSupplier pasteInterceptor;

    public MarkdownEditor() {
        this(new LatestTaskRunner(HIGHLIGHT_THREAD, Platform::runLater), Platform::runLater);
    }

    /** For tests: {@code runner} computes highlighting, {@code pulse} schedules work on the FX thread. */
    MarkdownEditor(LatestTaskRunner runner, Executor pulse) {
        this.runner = runner;
        this.pulse = pulse;
        area.getStyleClass().add("markdown-editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        root.getStyleClass().add("quire-editor");
        root.getStylesheets().addAll(stylesheet("markdown-editor.css"), stylesheet("markdown-editor-dark.css"));
        root.setTop(bars);
        root.setCenter(scroll);

        dirty = Bindings.createBooleanBinding(() -> !area.getUndoManager().isAtMarkedPosition(),
                area.getUndoManager().atMarkedPositionProperty());
        area.currentParagraphProperty().addListener((obs, old, now) -> caretLine.set(now));
        area.caretColumnProperty().addListener((obs, old, now) -> caretColumn.set(now));
        subscriptions = area.plainTextChanges().subscribe(this::textChanged)
                .and(area.estimatedScrollYProperty().values().subscribe(y -> scheduleFirstVisibleLine()));
        Nodes.addInputMap(area, keys());
    }

    private static String stylesheet(String name) {
        return MarkdownEditor.class.getResource(name).toExternalForm();
    }

    // ---- the skeleton contract ------------------------------------------------------------------------------

    /** The node to put in a scene: the find/replace and go-to-line bars above the text area. */
    public Node node() {
        return root;
    }

    /** The text area itself, for text, caret and undo access. */
    public CodeArea area() {
        return area;
    }

    /** Replaces the whole text (opening a file): clears undo history and marks the text as saved. */
    public void load(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** The current text (from the editor's mirror of the area: one copy, no walk over paragraphs). */
    public String text() {
        return mirror.toString();
    }

    /** Marks the current text as the saved state. */
    public void markSaved() {
        area.getUndoManager().mark();
    }

    /** True while the text differs from the last saved state (undoing back to it clears the flag). */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** Moves the caret to the start of a 0-based line and scrolls it into view. */
    public void goToLine(int line) {
        int target = Math.max(0, Math.min(line, area.getParagraphs().size() - 1));
        // Centre the line, as go-to-line does in most editors, rather than leaving it at the viewport's edge.
        area.showParagraphAtCenter(target);
        area.moveTo(target, 0);
        area.requestFollowCaret();
    }

    public void dispose() {
        disposed = true;
        subscriptions.unsubscribe();
        chunk = null;
        chunkTimer.stop();
        area.dispose();
    }

    // ---- additions for the window -------------------------------------------------------------------------

    /**
     * Ctrl+Shift+I and Insert Image run this (the window's image chooser); without it they insert a bare image
     * snippet.
     */
    public void setOnInsertImage(Runnable handler) {
        this.onInsertImage = handler;
    }

    /** Runs the Insert Image handler, or inserts the {@code ![]()} snippet when none is set. */
    public void insertImage() {
        if (onInsertImage != null) {
            onInsertImage.run();
        } else {
            format(FormatAction.IMAGE);
        }
    }

    /**
     * Asked first on paste (Ctrl+V and Edit > Paste); returns true when it handled the clipboard itself (an image),
     * false to let the text be pasted as usual.
     */
    public void setPasteInterceptor(java.util.function.BooleanSupplier interceptor) {
        this.pasteInterceptor = interceptor;
    }

    /** Pastes: the interceptor first (images), otherwise the clipboard text. */
    public void paste() {
        if (pasteInterceptor == null || !pasteInterceptor.getAsBoolean()) {
            area.paste();
        }
    }

    /** Applies a formatting command to the selection as one undoable change (toggles when already applied). */
    public void format(FormatAction action) {
        applyEdit(onSelectedLines((text, s, e) -> formatter.format(action, text, s, e)), true);
    }

    public void showFind() {
        closeGoToLine();
        findBar().open(false);
    }

    public void showReplace() {
        closeGoToLine();
        findBar().open(true);
    }

    public void showGoToLine() {
        closeFind();
        goToLineBar().open();
    }

    /** Hides the find/replace and go-to-line bars and gives the text the focus. */
    public void closeBars() {
        closeFind();
        closeGoToLine();
        area.requestFocus();
    }

    private void closeFind() {
        if (findBar != null) {
            findBar.close(false);
        }
    }

    private void closeGoToLine() {
        if (goToLineBar != null) {
            goToLineBar.close(false);
        }
    }

    private boolean barShown() {
        return findBar != null && findBar.isVisible() || goToLineBar != null && goToLineBar.isVisible();
    }

    /** The find/replace bar (created, hidden, on first use; it sits above the go-to-line bar). */
    public FindReplaceBar findBar() {
        if (findBar == null) {
            findBar = new FindReplaceBar(area, mirror::toString);
            bars.getChildren().add(0, findBar);
        }
        return findBar;
    }

    /** The go-to-line bar (created, hidden, on first use). */
    public GoToLineBar goToLineBar() {
        if (goToLineBar == null) {
            goToLineBar = new GoToLineBar(this);
            bars.getChildren().add(goToLineBar);
        }
        return goToLineBar;
    }

    /** Headings of the text (updated with the highlighting, off the FX thread). */
    public ObservableList<Heading> outline() {
        return outlineView;
    }

    /** Word, character and reading-time counts of the body (updated with the highlighting). */
    public ReadOnlyObjectProperty<TextStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public TextStats stats() {
        return stats.get();
    }

    /** 0-based line of the caret (the status bar shows it + 1; the preview follows it). */
    public ReadOnlyIntegerProperty caretLineProperty() {
        return caretLine.getReadOnlyProperty();
    }

    /** 0-based column of the caret in its line. */
    public ReadOnlyIntegerProperty caretColumnProperty() {
        return caretColumn.getReadOnlyProperty();
    }

    /** 0-based line shown at the top of the viewport, updated on scrolling (editor-to-preview sync). */
    public ReadOnlyIntegerProperty firstVisibleLineProperty() {
        return firstVisibleLine.getReadOnlyProperty();
    }

    /** 0-based line shown at the top of the viewport now. */
    public int firstVisibleLine() {
        updateFirstVisibleLine();
        return firstVisibleLine.get();
    }

    /** Scrolls so that a 0-based line is at the top, without moving the caret (preview-to-editor sync). */
    public void scrollToLine(int line) {
        area.showParagraphAtTop(Math.max(0, Math.min(line, area.getParagraphs().size() - 1)));
    }

    public void setWrap(boolean wrap) {
        area.setWrapText(wrap);
    }

    public boolean isWrap() {
        return area.isWrapText();
    }

    /** Font size of the text in points. */
    public void setFontSize(double points) {
        area.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpt;", points));
    }

    /** Switches between the light and the dark highlighting theme (a style class on the editor node). */
    public void setDark(boolean dark) {
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }

    public boolean isDark() {
        return root.getStyleClass().contains("dark");
    }

    /** Diagnostics: reports where highlighting spends its time (the benchmark uses it). */
    public void setTimingListener(EditorTimingListener listener) {
        this.timing = listener == null ? new EditorTimingListener() { } : listener;
    }

    /** True when the shown highlighting matches the text (nothing pending); tests and the benchmark wait for it. */
    public boolean isHighlightIdle() {
        return !refreshScheduled && chunk == null && dirtyTo < 0;
    }

    // ---- keys ----------------------------------------------------------------------------------------------

    private InputMap<KeyEvent> keys() {
        List<InputMap<KeyEvent>> maps = new ArrayList<>(List.of(
                consume(keyPressed(B, SHORTCUT_DOWN), e -> format(FormatAction.BOLD)),
                consume(keyPressed(I, SHORTCUT_DOWN), e -> format(FormatAction.ITALIC)),
                consume(keyPressed(C, SHORTCUT_DOWN, SHIFT_DOWN), e -> format(FormatAction.CODE)),
                consume(keyPressed(K, SHORTCUT_DOWN), e -> format(FormatAction.LINK)),
                consume(keyPressed(I, SHORTCUT_DOWN, SHIFT_DOWN), e -> insertImage()),
                process(keyPressed(KeyCode.V, SHORTCUT_DOWN), e -> pasteInterceptor != null
                        && pasteInterceptor.getAsBoolean() ? InputHandler.Result.CONSUME
                        : InputHandler.Result.PROCEED),
                consume(keyPressed(F, SHORTCUT_DOWN), e -> showFind()),
                consume(keyPressed(H, SHORTCUT_DOWN), e -> showReplace()),
                consume(keyPressed(L, SHORTCUT_DOWN), e -> showGoToLine()),
                consume(keyPressed(TAB), e -> applyEdit(onSelectedLines(lists::indent), false)),
                consume(keyPressed(TAB, SHIFT_DOWN), e -> applyEdit(onSelectedLines(lists::outdent), false)),
                process(keyPressed(ENTER), e -> enter()),
                process(keyPressed(ESCAPE), e -> {
                    if (barShown()) {
                        closeBars();
                        return InputHandler.Result.CONSUME;
                    }
                    return InputHandler.Result.PROCEED;
                })));
        for (int level = 1; level <= 6; level++) {
            FormatAction action = FormatAction.heading(level);
            KeyCode digit = KeyCode.valueOf("DIGIT" + level);
            maps.add(consume(keyPressed(digit, SHORTCUT_DOWN), e -> format(action)));
        }
        @SuppressWarnings("unchecked")
        InputMap<KeyEvent>[] array = maps.toArray(new InputMap[0]);
        return sequence(array);
    }

    private InputHandler.Result enter() {
        if (area.getSelection().getLength() > 0) {
            return InputHandler.Result.PROCEED;
        }
        int caret = area.getCaretPosition();
        if (caret > 0 && area.getStyleOfChar(caret - 1).contains("md-code-block")) {
            return InputHandler.Result.PROCEED; // "- " inside a code block is code, not a list
        }
        int from = lineStart(caret);
        String line = mirror.substring(from, lineEnd(caret));
        Optional<TextEdit> edit = lists.enter(line, caret - from);
        if (edit.isEmpty()) {
            return InputHandler.Result.PROCEED;
        }
        applyEdit(shift(edit.get(), from), false);
        return InputHandler.Result.CONSUME;
    }

    /** A pure edit over text, selection start and end. */
    private interface LineEdit {
        TextEdit apply(String text, int selectionStart, int selectionEnd);
    }

    /**
     * Runs a pure edit on the whole lines around the selection only (not the whole text: cheap on big posts)
     * and shifts the result back to document offsets.
     */
    private TextEdit onSelectedLines(LineEdit edit) {
        int s = area.getSelection().getStart();
        int e = area.getSelection().getEnd();
        int from = lineStart(s);
        int to = lineEnd(e);
        return shift(edit.apply(mirror.substring(from, to), s - from, e - from), from);
    }

    private int lineStart(int pos) {
        return pos == 0 ? 0 : mirror.lastIndexOf("\n", pos - 1) + 1;
    }

    private int lineEnd(int pos) {
        int eol = mirror.indexOf("\n", pos);
        return eol < 0 ? mirror.length() : eol;
    }

    private static TextEdit shift(TextEdit edit, int offset) {
        return new TextEdit(edit.from() + offset, edit.to() + offset, edit.replacement(),
                edit.selectionStart() + offset, edit.selectionEnd() + offset);
    }

    /** Applies an edit as one change; formatting is kept out of the typing undo merge. */
    private void applyEdit(TextEdit edit, boolean separateUndo) {
        if (separateUndo) {
            area.getUndoManager().preventMerge();
        }
        if (edit.from() != edit.to() || !edit.replacement().isEmpty()) {
            area.replaceText(edit.from(), edit.to(), edit.replacement());
        }
        if (separateUndo) {
            area.getUndoManager().preventMerge();
        }
        area.selectRange(edit.selectionStart(), edit.selectionEnd());
        area.requestFollowCaret();
    }

    /**
     * Reads the first visible line after the current layout pass: asking the virtual flow for its cells while it
     * is laying out (the scroll position changes inside layout) breaks flowless' bookkeeping.
     */
    private void scheduleFirstVisibleLine() {
        if (!firstLineScheduled) {
            firstLineScheduled = true;
            Platform.runLater(() -> {
                firstLineScheduled = false;
                updateFirstVisibleLine();
            });
        }
    }

    private void updateFirstVisibleLine() {
        // Before its first layout the area counts every paragraph as visible and names the last one as first:
        // a session written when a tab opened then reopened the post scrolled to its end.
        if (area.getHeight() <= 0 || area.getScene() == null || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        try {
            firstVisibleLine.set(area.firstVisibleParToAllParIndex());
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            LOG.log(System.Logger.Level.DEBUG, "no visible paragraph yet", e);
        }
    }

    // ---- highlighting --------------------------------------------------------------------------------------

    private void textChanged(PlainTextChange change) {
        version++;
        mirror.replace(change.getPosition(), change.getRemovalEnd(), change.getInserted());
        if (chunk != null) {
            int[] rest = chunk.remaining();
            dirty(rest[0], rest[1]);
            chunk = null;
        }
        int pos = change.getPosition();
        int removedEnd = pos + change.getRemoved().length();
        int delta = change.getInserted().length() - change.getRemoved().length();
        if (dirtyTo >= 0) {
            int from = dirtyFrom < pos ? dirtyFrom : dirtyFrom >= removedEnd ? dirtyFrom + delta : pos;
            int to = dirtyTo <= pos ? dirtyTo : dirtyTo >= removedEnd ? dirtyTo + delta : change.getInsertionEnd();
            dirtyFrom = from;
            dirtyTo = to;
        }
        dirty(pos, change.getInsertionEnd());
        if (!refreshScheduled) {
            refreshScheduled = true;
            pulse.execute(this::refresh);
        }
    }

    private void dirty(int from, int to) {
        dirtyFrom = Math.min(dirtyFrom, from);
        dirtyTo = Math.max(dirtyTo, to);
    }

    /** Takes a text snapshot on the FX thread and hands it to the background thread. */
    private void refresh() {
        refreshScheduled = false;
        if (disposed) {
            return;
        }
        long start = System.nanoTime();
        String snapshot = mirror.toString();
        timing.snapshotTaken(System.nanoTime() - start, snapshot.length());
        long snapshotVersion = version;
        StyleSpans<Collection<String>> base = applied;
        runner.submit(() -> compute(snapshot, snapshotVersion, base), this::apply,
                e -> LOG.log(System.Logger.Level.ERROR, "Highlighting failed", e));
    }

    private Highlight compute(String text, long snapshotVersion, StyleSpans<Collection<String>> base) {
        long start = System.nanoTime();
        StyleSpans<Collection<String>> spans = highlighter.highlight(text);
        int[] range = StyleSpansDiff.changedRange(base, spans);
        List<Heading> headings = outlineExtractor.headings(text);
        TextStats counts = TextStats.of(text);
        timing.highlightComputed(System.nanoTime() - start, text.length());
        return new Highlight(snapshotVersion, spans, range, headings, counts);
    }

    private void apply(Highlight result) {
        if (disposed || result.version != version) {
            return; // the text changed since the snapshot; a newer refresh is already scheduled
        }
        int from = dirtyFrom;
        int to = dirtyTo;
        if (result.range != null) {
            from = Math.min(from, result.range[0]);
            to = Math.max(to, result.range[1]);
        }
        applied = result.spans;
        dirtyFrom = Integer.MAX_VALUE;
        dirtyTo = -1;
        int length = area.getLength();
        from = Math.max(0, from);
        to = Math.min(length, to);
        if (from < to) {
            chunk = new ChunkedApply(result.spans, from, to, visibleStart());
            applyChunks();
        }
        if (!outline.equals(result.headings)) {
            outline.setAll(result.headings);
        }
        stats.set(result.stats);
    }

    /** Restyles the pending range in chunks until the frame budget is used; the rest waits for the next frame. */
    private void applyChunks() {
        long budgetEnd = System.nanoTime() + APPLY_BUDGET_NANOS;
        while (chunk != null && System.nanoTime() < budgetEnd) {
            ChunkedApply job = chunk;
            long start = System.nanoTime();
            int begin = job.next;
            int end = job.step(APPLY_CHUNK);
            area.setStyleSpans(begin, job.spans.subView(begin, end));
            timing.spansApplied(System.nanoTime() - start, end - begin);
            if (job.done()) {
                chunk = null;
            }
        }
        if (chunk != null) {
            chunkTimer.start();
        } else {
            chunkTimer.stop();
        }
    }

    /** For tests: the text the highlighter snapshots, which must always equal the area's text. */
    String snapshotText() {
        return mirror.toString();
    }

    /** A background result: spans for one text version, the range that changed, outline and counts. */
    private static final class Highlight {
        final long version;
        final StyleSpans<Collection<String>> spans;
        final int[] range;
        final List<Heading> headings;
        final TextStats stats;

        Highlight(long version, StyleSpans<Collection<String>> spans, int[] range, List<Heading> headings,
                TextStats stats) {
            this.version = version;
            this.spans = spans;
            this.range = range;
            this.headings = headings;
            this.stats = stats;
        }
    }

    /** Offset of the first visible line, where a large restyle starts (0 before the first layout). */
    private int visibleStart() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        try {
            return area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            LOG.log(System.Logger.Level.DEBUG, "no visible paragraph yet", e);
            return 0;
        }
    }

    /**
     * A span application split over frames so that a large restyle never blocks the FX thread for long. It starts
     * at the first visible line, runs to the end of the range, then wraps round to its start.
     */
    private static final class ChunkedApply {
        final StyleSpans<Collection<String>> spans;
        final int from;
        final int to;
        final int start;
        int next;
        boolean wrapped;

        ChunkedApply(StyleSpans<Collection<String>> spans, int from, int to, int visible) {
            this.spans = spans;
            this.from = from;
            this.to = to;
            this.start = Math.max(from, Math.min(visible, to));
            this.next = start;
            this.wrapped = start == to;
            if (wrapped) {
                next = from;
            }
        }

        /** Advances by up to {@code size} characters; returns the end of the step (the step starts at next). */
        int step(int size) {
            int limit = wrapped ? start : to;
            int end = Math.min(limit, next + size);
            next = end;
            if (!wrapped && next >= to) {
                wrapped = true;
                next = from;
            }
            return end;
        }

        boolean done() {
            return wrapped && next >= start;
        }

        /** The range still to restyle, as one range (conservative). */
        int[] remaining() {
            return wrapped ? new int[] {next, start} : new int[] {from, to};
        }
    }
}
