package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a drop on the window opens: Markdown files as tabs, else a single folder as the blog, else nothing. */
class FileDropTest {
    @TempDir
    Path tmp;

    @Test
    void markdownFilesOpenAsTabsAndASingleFolderAsTheBlog() throws Exception {
        Path post = Files.writeString(tmp.resolve("post.md"), "# a\n");
        Path other = Files.writeString(tmp.resolve("NOTES.Markdown"), "b\n");
        Path picture = Files.write(tmp.resolve("photo.png"), new byte[] {1});
        Path folder = Files.createDirectories(tmp.resolve("blog"));
        Path fakeMd = Files.createDirectories(tmp.resolve("folder.md"));

        assertThat(FileDrop.plan(List.of(post, picture, other)).posts()).containsExactly(post, other);
        assertThat(FileDrop.plan(List.of(post, folder)).folder()).as("posts win over a folder").isEmpty();
        assertThat(FileDrop.plan(List.of(folder)).folder()).contains(folder);
        assertThat(FileDrop.plan(List.of(folder, Files.createDirectories(tmp.resolve("b2")))).isEmpty()).isTrue();
        assertThat(FileDrop.plan(List.of(picture)).isEmpty()).as("images are the editor's drop").isTrue();
        assertThat(FileDrop.plan(List.of(fakeMd)).folder()).contains(fakeMd);
        assertThat(FileDrop.plan(List.of(tmp.resolve("gone.md"))).isEmpty()).isTrue();

        List<String> opened = new ArrayList<>();
        FileDrop.apply(FileDrop.plan(List.of(post, other)), p -> opened.add("post " + p.getFileName()),
                p -> opened.add("folder " + p.getFileName()));
        FileDrop.apply(FileDrop.plan(List.of(folder)), p -> opened.add("post " + p.getFileName()),
                p -> opened.add("folder " + p.getFileName()));
        assertThat(opened).containsExactly("post post.md", "post NOTES.Markdown", "folder blog");
    }
}
