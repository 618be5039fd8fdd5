package app.quire.ui.actions;

import static app.quire.ui.actions.MenuName.BLOG;
import static app.quire.ui.actions.MenuName.EDIT;
import static app.quire.ui.actions.MenuName.FILE;
import static app.quire.ui.actions.MenuName.FORMAT;
import static app.quire.ui.actions.MenuName.HELP;
import static app.quire.ui.actions.MenuName.INSERT;
import static app.quire.ui.actions.MenuName.VIEW;

import app.quire.ui.editor.FormatAction;
import app.quire.ui.media.LocalizeImagesDialog;
import app.quire.ui.media.MediaWindow;
import app.quire.ui.editor.MarkdownEditor;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.ViewMode;
import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import org.fxmisc.richtext.CodeArea;

/**
 * Every command of the main window, one line each. Editor-specific commands (formatting, find, outline) join
 * here as one more line each when the editor offers them.
 */
public final class AppActions {

    /** The commands the table calls; the main window implements them. */
    public interface Commands {
        void newPost();

        void openFile();

        void openFolder();

        void open(Path file);

        void openFolder(Path folder);

        List<Path> recentFiles();

        List<Path> recentFolders();

        void save();

        void saveAs();

        void closeTab();

        void quit();

        void goToLine();

        void toggleOutline();

        void refreshPosts();

        void focusPostList();

        void showShortcuts();

        void showAbout();

        /** View > Local History of the current post. */
        default void showHistory() {
        }

        /** Blog > New Post in Blog… (true: New Draft in Blog…): asks for a title, creates the file, opens it. */
        default void newBlogPost(boolean draft) {
        }

        /** Blog > Rename Post… / Delete Post… / Publish Draft, on the post selected in the sidebar. */
        default void renamePost() {
        }

        default void deletePost() {
        }

        default void publishDraft() {
        }

        /** True while Publish Draft has a draft to act on; null: whenever a blog is open. */
        default ObservableBooleanValue canPublishDraft() {
            return null;
        }

        /** Edit > Preferences…: theme, editor font size, wrapping, scroll sync, autosave, the blog's images. */
        default void showPreferences() {
        }

        /** Help > User Guide: the bundled guide in a window of its own. */
        default void showGuide() {
        }

        /** Blog > Search Posts: focuses the sidebar's search field. */
        default void searchPosts() {
        }

        /** Blog > Export Site…: the export window. */
        default void exportSite() {
        }
    }

    private AppActions() {
    }

    public static ActionTable build(WorkspaceModel ws, Commands c) {
        ObservableBooleanValue hasDoc = Bindings.isNotNull(ws.currentProperty());
        BooleanBinding hasBlog = Bindings.isNotNull(ws.blogFolderProperty());
        ActionTable t = new ActionTable();
        t.add(Action.of(FILE, "new-post", "New Post", "Shortcut+N", c::newPost));
        t.add(Action.of(FILE, "open-file", "Open File…", "Shortcut+O", c::openFile).withSeparator());
        t.add(Action.of(FILE, "open-folder", "Open Blog Folder…", "Shortcut+Shift+O", c::openFolder));
        t.add(Action.submenu(FILE, "open-recent", "Open Recent", () -> recent(c)));
        t.add(Action.of(FILE, "save", "Save", "Shortcut+S", c::save).enabledWhen(hasDoc).withSeparator());
        t.add(Action.of(FILE, "save-as", "Save As…", "Shortcut+Shift+S", c::saveAs).enabledWhen(hasDoc));
        t.add(Action.of(FILE, "autosave-to-file", "Autosave to File", null,
                () -> ws.autosaveToFileProperty().set(!ws.autosaveToFileProperty().get()))
                .selectedWhen(ws.autosaveToFileProperty()));
        t.add(Action.of(FILE, "close-tab", "Close Tab", "Shortcut+W", c::closeTab).enabledWhen(hasDoc)
                .withSeparator());
        t.add(Action.of(FILE, "quit", "Quit", "Shortcut+Q", c::quit));

        // The editor handles its own keys for these; the menu entries carry no accelerator so a key press
        // is not handled twice.
        t.add(Action.of(EDIT, "undo", "Undo (Ctrl+Z)", null, onArea(ws, CodeArea::undo)).enabledWhen(hasDoc));
        t.add(Action.of(EDIT, "redo", "Redo (Ctrl+Y)", null, onArea(ws, CodeArea::redo)).enabledWhen(hasDoc));
        t.add(Action.of(EDIT, "cut", "Cut (Ctrl+X)", null, onArea(ws, CodeArea::cut)).enabledWhen(hasDoc)
                .withSeparator());
        t.add(Action.of(EDIT, "copy", "Copy (Ctrl+C)", null, onArea(ws, CodeArea::copy)).enabledWhen(hasDoc));
        t.add(Action.of(EDIT, "paste", "Paste (Ctrl+V)", null, onEditor(ws, e -> {
            e.paste();
            e.area().requestFocus();
        })).enabledWhen(hasDoc));
        t.add(Action.of(EDIT, "select-all", "Select All (Ctrl+A)", null, onArea(ws, CodeArea::selectAll))
                .enabledWhen(hasDoc));
        t.add(Action.of(EDIT, "find", "Find…", "Shortcut+F", onEditor(ws, MarkdownEditor::showFind))
                .enabledWhen(hasDoc).withSeparator());
        t.add(Action.of(EDIT, "replace", "Replace…", "Shortcut+H", onEditor(ws, MarkdownEditor::showReplace))
                .enabledWhen(hasDoc));
        t.add(Action.of(EDIT, "go-to-line", "Go to Line…", "Shortcut+L", c::goToLine).enabledWhen(hasDoc));
        t.add(Action.of(EDIT, "preferences", "Preferences…", "Shortcut+Comma", c::showPreferences).withSeparator());

        t.add(format(ws, hasDoc, INSERT, FormatAction.LINK, "Link", "Shortcut+K"));
        t.add(Action.of(INSERT, "insert-image", "Image…", "Shortcut+Shift+I", onEditor(ws,
                MarkdownEditor::insertImage)).enabledWhen(hasDoc));
        t.add(format(ws, hasDoc, INSERT, FormatAction.IMAGE, "Image Reference", null));
        t.add(format(ws, hasDoc, FORMAT, FormatAction.BOLD, "Bold", "Shortcut+B"));
        t.add(format(ws, hasDoc, FORMAT, FormatAction.ITALIC, "Italic", "Shortcut+I"));
        t.add(format(ws, hasDoc, FORMAT, FormatAction.STRIKETHROUGH, "Strikethrough", null));
        t.add(format(ws, hasDoc, FORMAT, FormatAction.CODE, "Code", "Shortcut+Shift+C"));
        for (int level = 1; level <= 6; level++) {
            Action heading = format(ws, hasDoc, FORMAT, FormatAction.heading(level), "Heading " + level,
                    "Shortcut+" + level);
            t.add(level == 1 ? heading.withSeparator() : heading);
        }
        t.add(format(ws, hasDoc, FORMAT, FormatAction.QUOTE, "Quote", null).withSeparator());
        t.add(format(ws, hasDoc, FORMAT, FormatAction.BULLET_LIST, "Bulleted List", null));
        t.add(format(ws, hasDoc, FORMAT, FormatAction.NUMBERED_LIST, "Numbered List", null));
        t.add(format(ws, hasDoc, FORMAT, FormatAction.TASK_LIST, "Task List", null));

        t.add(Action.of(VIEW, "view-both", "Editor and Preview", "Shortcut+Shift+B",
                () -> ws.viewModeProperty().set(ViewMode.BOTH))
                .selectedWhen(ws.viewModeProperty().isEqualTo(ViewMode.BOTH)));
        t.add(Action.of(VIEW, "view-editor", "Editor Only", "Shortcut+Shift+E",
                () -> toggle(ws, ViewMode.EDITOR_ONLY))
                .selectedWhen(ws.viewModeProperty().isEqualTo(ViewMode.EDITOR_ONLY)));
        t.add(Action.of(VIEW, "view-preview", "Preview Only", "Shortcut+Shift+P",
                () -> toggle(ws, ViewMode.PREVIEW_ONLY))
                .selectedWhen(ws.viewModeProperty().isEqualTo(ViewMode.PREVIEW_ONLY)));
        t.add(Action.of(VIEW, "dark-theme", "Dark Theme", "Shortcut+Shift+D",
                () -> ws.darkProperty().set(!ws.darkProperty().get()))
                .selectedWhen(ws.darkProperty()).withSeparator());
        t.add(Action.of(VIEW, "zoom-in", "Zoom In", "Shortcut+Equals", () -> ws.zoom(1)).withSeparator());
        t.add(Action.of(VIEW, "zoom-out", "Zoom Out", "Shortcut+Minus", () -> ws.zoom(-1)));
        t.add(Action.of(VIEW, "zoom-reset", "Actual Size", "Shortcut+0", () -> ws.zoom(0)));
        t.add(Action.of(VIEW, "outline", "Outline", "Shortcut+Shift+T", c::toggleOutline).enabledWhen(hasDoc)
                .selectedWhen(ws.outlineShownProperty()).withSeparator());
        t.add(Action.of(VIEW, "front-matter", "Front Matter Form", "Shortcut+Shift+M",
                () -> ws.frontMatterCollapsedProperty().set(!ws.frontMatterCollapsedProperty().get()))
                .enabledWhen(hasDoc).selectedWhen(ws.frontMatterCollapsedProperty().not()));
        t.add(Action.of(VIEW, "soft-wrap", "Soft Wrap", null, () -> ws.softWrapProperty().set(!ws.isSoftWrap()))
                .selectedWhen(ws.softWrapProperty()));
        t.add(Action.of(VIEW, "scroll-sync", "Sync Scrolling", null,
                () -> ws.scrollSyncProperty().set(!ws.scrollSyncProperty().get()))
                .selectedWhen(ws.scrollSyncProperty()));
        t.add(Action.of(VIEW, "history", "Local History…", "Shortcut+Shift+H", c::showHistory).enabledWhen(hasDoc));
        t.add(Action.of(VIEW, "post-list", "Post List", "Shortcut+Shift+L",
                () -> ws.postListShownProperty().set(!ws.postListShownProperty().get()))
                .selectedWhen(ws.postListShownProperty()).withSeparator());
        t.add(Action.of(VIEW, "focus-posts", "Go to Post List", "F6", c::focusPostList));

        t.add(Action.of(BLOG, "new-blog-post", "New Post in Blog…", "Shortcut+Alt+N", () -> c.newBlogPost(false))
                .enabledWhen(hasBlog));
        t.add(Action.of(BLOG, "new-blog-draft", "New Draft in Blog…", null, () -> c.newBlogPost(true))
                .enabledWhen(hasBlog));
        t.add(Action.of(BLOG, "rename-post", "Rename Post…", null, c::renamePost).enabledWhen(hasBlog)
                .withSeparator());
        t.add(Action.of(BLOG, "publish-draft", "Publish Draft", null, c::publishDraft)
                .enabledWhen(c.canPublishDraft() == null ? hasBlog : hasBlog.and(c.canPublishDraft())));
        t.add(Action.of(BLOG, "delete-post", "Delete Post…", null, c::deletePost).enabledWhen(hasBlog));
        t.add(Action.of(BLOG, "search-posts", "Search Posts", "Shortcut+Shift+F", c::searchPosts).enabledWhen(hasBlog)
                .withSeparator());
        t.add(Action.of(BLOG, "refresh-posts", "Refresh Post List", "F5", c::refreshPosts).enabledWhen(hasBlog));
        t.add(Action.of(BLOG, "export-site", "Export Site…", "Shortcut+Shift+X", c::exportSite).enabledWhen(hasBlog)
                .withSeparator());
        t.add(Action.of(BLOG, "media", "Media…", null, () -> MediaWindow.show(ws, c::open)).enabledWhen(hasBlog)
                .withSeparator());
        t.add(Action.of(BLOG, "localize-images", "Localize Remote Images…", null,
                () -> ws.current().ifPresent(d -> LocalizeImagesDialog.run(ws, d))).enabledWhen(hasDoc));

        t.add(Action.of(HELP, "guide", "User Guide", null, c::showGuide));
        t.add(Action.of(HELP, "shortcuts", "Keyboard Shortcuts", "F1", c::showShortcuts));
        t.add(Action.of(HELP, "about", "About Quire", null, c::showAbout));
        return t;
    }

    /** Editor-only and preview-only are toggles: pressing the key again shows both. */
    private static void toggle(WorkspaceModel ws, ViewMode mode) {
        ws.viewModeProperty().set(ws.viewModeProperty().get() == mode ? ViewMode.BOTH : mode);
    }

    /** A formatting command on the current editor (the editor also handles the same keys itself). */
    private static Action format(WorkspaceModel ws, ObservableBooleanValue hasDoc, MenuName menu,
            FormatAction action, String label, String keys) {
        String id = "format-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Action.of(menu, id, label, keys, onEditor(ws, e -> e.format(action))).enabledWhen(hasDoc);
    }

    private static Runnable onEditor(WorkspaceModel ws, Consumer<MarkdownEditor> op) {
        return () -> ws.current().map(DocumentModel::editor).ifPresent(op);
    }

    private static Runnable onArea(WorkspaceModel ws, Consumer<CodeArea> op) {
        return () -> ws.current().map(DocumentModel::editor).ifPresent(e -> {
            op.accept(e.area());
            e.area().requestFocus();
        });
    }

    private static List<Action> recent(Commands c) {
        List<Action> out = new ArrayList<>();
        int i = 0;
        for (Path p : c.recentFiles()) {
            out.add(Action.of(FILE, "recent-file-" + i++, p.getFileName() + "  —  " + p.getParent(), null,
                    () -> c.open(p)));
        }
        boolean first = true;
        for (Path p : c.recentFolders()) {
            Action a = Action.of(FILE, "recent-folder-" + i++, "Folder: " + p, null, () -> c.openFolder(p));
            out.add(first && !out.isEmpty() ? a.withSeparator() : a);
            first = false;
        }
        return out;
    }
}
