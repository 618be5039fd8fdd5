package app.quire.ui.editor;

/** One heading of the outline: level 1..6, its text without markers, and its 0-based line. */
public record Heading(int level, String text, int line) {
}
