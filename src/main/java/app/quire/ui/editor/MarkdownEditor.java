package app.quire.ui.editor;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The Markdown text editor of one open post (a RichTextFX CodeArea).
 * SKELETON: the editor work adds highlighting, formatting, find/replace, outline; keep these signatures.
 */
public final class MarkdownEditor {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);

    public MarkdownEditor() {
        area.setWrapText(true);
        area.getStyleClass().add("markdown-editor");
    }

    /** The node to put in a scene. */
    public Node node() {
        return scroll;
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

    public String text() {
        return area.getText();
    }

    /** Marks the current text as the saved state. */
    public void markSaved() {
        area.getUndoManager().mark();
    }

    /** True while the text differs from the last saved state. */
    public BooleanBinding dirtyProperty() {
        return Bindings.createBooleanBinding(() -> !area.getUndoManager().isAtMarkedPosition(),
                area.getUndoManager().atMarkedPositionProperty());
    }

    /** Moves the caret to the start of a 0-based line and scrolls it into view. */
    public void goToLine(int line) {
        int target = Math.max(0, Math.min(line, area.getParagraphs().size() - 1));
        area.moveTo(target, 0);
        area.requestFollowCaret();
    }

    public void dispose() {
        area.dispose();
    }
}
