package app.quire.ui.editor;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.PatternSyntaxException;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;

/**
 * The find and replace bar shown above the text (not a window): find field, match case / whole word / regex
 * toggles, "3 of 12" count, next/previous, and in replace mode a replace field with Replace and Replace All
 * (one undo step).
 */
public final class FindReplaceBar extends VBox {
    private final CodeArea area;
    private final Supplier<String> text;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final ToggleButton wholeWord = new ToggleButton("W");
    private final ToggleButton regex = new ToggleButton(".*");
    private final Label count = new Label();
    private final Label message = new Label();
    private final HBox replaceRow;
    private List<TextSearch.Match> matches = List.of();

    /** {@code text} gives the area's text cheaply (the editor's mirror rather than {@code area.getText()}). */
    FindReplaceBar(CodeArea area, Supplier<String> text) {
        this.area = area;
        this.text = text;
        getStyleClass().add("find-bar");
        findField.setPromptText("Find");
        findField.setId("find-field");
        replaceField.setPromptText("Replace with");
        replaceField.setId("replace-field");
        matchCase.setTooltip(new Tooltip("Match case"));
        wholeWord.setTooltip(new Tooltip("Whole words"));
        regex.setTooltip(new Tooltip("Regular expression"));
        count.getStyleClass().add("find-count");
        count.setId("find-count");
        message.getStyleClass().add("find-message");
        message.setId("find-message");
        // Arrows and a cross rather than words: the bar must fit beside the preview (about 450 px) unclipped.
        Button previous = glyphButton("\u2191", "Previous match (Shift+Enter)", "find-previous");
        previous.setOnAction(e -> previous());
        Button next = glyphButton("\u2193", "Next match (Enter)", "find-next");
        next.setOnAction(e -> next());
        Button close = glyphButton("\u00d7", "Close (Escape)", "find-close");
        close.setOnAction(e -> close(true));
        Button replace = new Button("Replace");
        replace.setOnAction(e -> replace());
        Button replaceAll = new Button("Replace All");
        replaceAll.setId("replace-all");
        replaceAll.setOnAction(e -> replaceAll());
        HBox.setHgrow(findField, Priority.ALWAYS);
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        HBox findRow = new HBox(6, findField, count, matchCase, wholeWord, regex, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replaceField, replace, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        // The fields give up width first; buttons and the count keep theirs instead of turning into "...".
        for (HBox row : List.of(findRow, replaceRow)) {
            row.getChildren().stream().filter(n -> n instanceof Labeled)
                    .forEach(n -> ((Labeled) n).setMinWidth(Region.USE_PREF_SIZE));
        }
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        getChildren().addAll(findRow, replaceRow, message);
        setVisible(false);
        setManaged(false);
        addEventFilter(KeyEvent.KEY_PRESSED, this::barKey);

        findField.textProperty().addListener((obs, old, now) -> search(true));
        matchCase.selectedProperty().addListener((obs, old, now) -> search(true));
        wholeWord.selectedProperty().addListener((obs, old, now) -> search(true));
        regex.selectedProperty().addListener((obs, old, now) -> search(true));
        findField.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        replaceField.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
    }

    private static Button glyphButton(String glyph, String tip, String id) {
        Button b = new Button(glyph);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setId(id);
        b.getStyleClass().add("find-glyph");
        return b;
    }

    /**
     * Keys on the bar's buttons (after a click on Replace All, say): Escape closes the bar, and undo / redo act
     * on the text, as the fields keep their own undo for what was typed in them.
     */
    private void barKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            close(true);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Z && !e.isShiftDown())) {
            area.undo();
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z && e.isShiftDown())) {
            area.redo();
            e.consume();
        }
    }

    private void fieldKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close(true);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            if (e.getSource() == replaceField) {
                replace();
            } else if (e.isShiftDown()) {
                previous();
            } else {
                next();
            }
            e.consume();
        }
    }

    /** Shows the bar (with the replace row when {@code withReplace}); a one-line selection becomes the query. */
    void open(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            findField.setText(selected);
        }
        search(false);
        findField.requestFocus();
        findField.selectAll();
    }

    void close(boolean focusText) {
        setVisible(false);
        setManaged(false);
        if (focusText) {
            area.requestFocus();
        }
    }

    public TextField findField() {
        return findField;
    }

    public TextField replaceField() {
        return replaceField;
    }

    public ToggleButton matchCaseToggle() {
        return matchCase;
    }

    public ToggleButton wholeWordToggle() {
        return wholeWord;
    }

    public ToggleButton regexToggle() {
        return regex;
    }

    /** The count text, e.g. "3 of 12", "12 matches" or "No matches". */
    public String countText() {
        return count.getText();
    }

    /** The error shown for an invalid regular expression, else empty. */
    public String messageText() {
        return message.getText();
    }

    /** Recomputes the matches; when {@code select}, selects the first match at or after the selection start. */
    private void search(boolean select) {
        matches = List.of();
        message.setText("");
        String query = findField.getText();
        if (query.isEmpty()) {
            count.setText("");
            return;
        }
        TextSearch search;
        try {
            search = new TextSearch(query, matchCase.isSelected(), wholeWord.isSelected(), regex.isSelected());
        } catch (PatternSyntaxException e) {
            count.setText("");
            message.setText("Invalid regular expression: " + e.getDescription());
            return;
        }
        matches = search.findAll(text.get(), replaceField.getText());
        if (select && !matches.isEmpty()) {
            select(indexAtOrAfter(area.getSelection().getStart()));
        }
        updateCount();
    }

    public void next() {
        search(false);
        if (!matches.isEmpty()) {
            select(indexAtOrAfter(area.getSelection().getEnd()));
        }
        updateCount();
    }

    public void previous() {
        search(false);
        if (matches.isEmpty()) {
            return;
        }
        int start = area.getSelection().getStart();
        int index = matches.size() - 1;
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).start() < start) {
                index = i;
                break;
            }
        }
        select(index);
        updateCount();
    }

    /** Replaces the selected match (if the selection is one) and moves to the next match. */
    public void replace() {
        search(false);
        int current = currentIndex();
        if (current >= 0) {
            TextSearch.Match m = matches.get(current);
            area.replaceText(m.start(), m.end(), m.replacement());
            area.moveTo(m.start() + m.replacement().length());
        }
        next();
    }

    /** Replaces every match as one undoable change; returns how many were replaced. */
    public int replaceAll() {
        search(false);
        if (matches.isEmpty()) {
            return 0;
        }
        MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(matches.size());
        for (int i = matches.size() - 1; i >= 0; i--) {
            TextSearch.Match m = matches.get(i);
            change.replaceText(m.start(), m.end(), m.replacement());
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        int replaced = matches.size();
        search(false);
        count.setText("Replaced " + replaced);
        return replaced;
    }

    private int indexAtOrAfter(int pos) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= pos) {
                return i;
            }
        }
        return 0;
    }

    private void select(int index) {
        TextSearch.Match m = matches.get(index);
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
    }

    private int currentIndex() {
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == start && matches.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }

    private void updateCount() {
        if (findField.getText().isEmpty() || !message.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No matches");
        } else {
            int current = currentIndex();
            count.setText(current >= 0 ? (current + 1) + " of " + matches.size() : matches.size() + " matches");
        }
    }
}
