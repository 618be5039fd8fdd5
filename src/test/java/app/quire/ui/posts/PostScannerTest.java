package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.sample.SampleBlogInstaller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostScannerTest {
    @TempDir
    Path tmp;

    @Test
    void listsSamplePostsNewestFirstWithTitlesAndDates() throws IOException {
        Path blog = SampleBlogInstaller.install(tmp.resolve("blog")).folder();
        List<PostEntry> posts = PostScanner.scan(blog);
        assertThat(posts).extracting(PostEntry::title).containsExactly("Welcome to Quire",
                "A Formatting Cheat Sheet", "Evening Walks: Notes on a Habit That Stuck");
        assertThat(posts).extracting(PostEntry::date).containsExactly("2026-03-09", "2026-03-02", "2026-02-21");
    }

    @Test
    void fallsBackToFileNameAndSortsByTimeOfDay() throws IOException {
        Path posts = Files.createDirectories(tmp.resolve("b/_posts"));
        Files.writeString(posts.resolve("2020-01-01-no-front-matter.md"), "# Just text", StandardCharsets.UTF_8);
        Files.writeString(posts.resolve("2020-01-01-a.md"), "---\ntitle: Morning\ndate: 2020-01-01 08:00\n---\n",
                StandardCharsets.UTF_8);
        Files.writeString(posts.resolve("2020-01-01-b.md"), "---\ntitle: \"Evening\"\ndate: 2020-01-01T20:00:00Z\n---\n",
                StandardCharsets.UTF_8);
        Files.writeString(posts.resolve("notes.txt"), "not a post", StandardCharsets.UTF_8);
        assertThat(PostScanner.scan(tmp.resolve("b"))).extracting(PostEntry::title)
                .containsExactly("Evening", "Morning", "no front matter");
    }

    @Test
    void plainFolderListsItsMarkdownFiles() throws IOException {
        Files.writeString(tmp.resolve("one.md"), "---\ntitle: One\n---\nx", StandardCharsets.UTF_8);
        assertThat(PostScanner.scan(tmp)).extracting(PostEntry::title).containsExactly("One");
    }
}
