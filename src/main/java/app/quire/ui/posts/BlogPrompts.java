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

    /**
     * A rename moves the post to another address (decision 0238): keep the old one working by adding it to the
     * post's list ({@code offer.key()})? True: add it; false: rename without; empty: cancel the rename. When the
     * offer is not {@link app.quire.site.RenameRedirect.Availability#OFFERED} the question says why it cannot be
     * done and the answer is only rename or cancel. The default renames without asking.
     */
    default Optional<Boolean> askKeepOldAddress(String title, app.quire.site.RenameRedirect.Offer offer) {
        return Optional.of(false);
    }
}
