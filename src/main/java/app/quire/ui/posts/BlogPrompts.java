package app.quire.ui.posts;

import java.util.Optional;

/**
 * The questions the blog commands ask beyond the app's {@link app.quire.ui.Prompter}: a line of text and a
 * yes/no confirmation. The app uses {@link FxBlogPrompts}; tests answer with their own.
 */
public interface BlogPrompts {
    /** Asks for a line of text; empty when the user cancels. */
    Optional<String> askText(String title, String question, String initial);

    /** Asks to confirm something that changes files; {@code action} is the confirming button's label. */
    boolean confirm(String title, String message, String action);
}
