package app.quire.ui.editor;

/**
 * One replacement in a text and the selection to set afterwards (selection offsets refer to the text after the
 * edit). A pure value: the editor applies it as one undoable change.
 */
public record TextEdit(int from, int to, String replacement, int selectionStart, int selectionEnd) {

    /** Applies the edit to a string (used by tests and by callers that work on plain text). */
    public String applyTo(String text) {
        return text.substring(0, from) + replacement + text.substring(to);
    }
}
