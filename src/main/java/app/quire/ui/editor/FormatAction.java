package app.quire.ui.editor;

/** The Markdown formatting commands of the editor (menus and shortcuts call {@link MarkdownEditor#format}). */
public enum FormatAction {
    BOLD, ITALIC, STRIKETHROUGH, CODE, LINK, IMAGE,
    HEADING_1, HEADING_2, HEADING_3, HEADING_4, HEADING_5, HEADING_6,
    QUOTE, BULLET_LIST, NUMBERED_LIST, TASK_LIST;

    /** The heading level 1..6 of a HEADING_n action, else 0. */
    public int headingLevel() {
        return name().startsWith("HEADING_") ? name().charAt(8) - '0' : 0;
    }

    /** The heading action of a level 1..6. */
    public static FormatAction heading(int level) {
        return valueOf("HEADING_" + level);
    }
}
