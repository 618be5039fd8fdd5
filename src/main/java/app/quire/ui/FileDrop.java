package app.quire.ui;

import app.quire.post.schema.BlogPosts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Markdown files or a blog folder dropped on the window open, as File > Open and Open Blog Folder would. Images
 * dropped on the editor are not this: the editor's image drop takes them first (see ImageDropHandler).
 */
final class FileDrop {
    /** What a drop of these paths opens: the Markdown files as tabs, or else one folder as the blog. */
    record Plan(List<Path> posts, Optional<Path> folder) {
        boolean isEmpty() {
            return posts.isEmpty() && folder.isEmpty();
        }
    }

    private FileDrop() {
    }

    static Plan plan(List<Path> dropped) {
        List<Path> posts = dropped.stream().filter(p -> p.getFileName() != null && BlogPosts.isMarkdown(p) && Files.isRegularFile(p)).toList();
        Optional<Path> folder = posts.isEmpty() && dropped.size() == 1 && Files.isDirectory(dropped.get(0))
                ? Optional.of(dropped.get(0)) : Optional.empty();
        return new Plan(posts, folder);
    }

    /** Accepts such drops anywhere in the scene (after the editor's own handlers had their turn). */
    static void install(Scene scene, Consumer<Path> openPost, Consumer<Path> openFolder) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!e.isAccepted() && !plan(files(e.getDragboard())).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.isDropCompleted()) {
                return;
            }
            Plan plan = plan(files(e.getDragboard()));
            if (!plan.isEmpty()) {
                apply(plan, openPost, openFolder);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    static void apply(Plan plan, Consumer<Path> openPost, Consumer<Path> openFolder) {
        plan.folder().ifPresent(openFolder);
        plan.posts().forEach(openPost);
    }

    private static List<Path> files(Dragboard db) {
        return db.hasFiles() ? db.getFiles().stream().map(File::toPath).toList() : List.of();
    }
}
