package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blog folder watcher reports posts and configs changed on disk, in new folders too, and skips the rest. */
class BlogFolderWatcherTest {
    @TempDir
    Path blog;
    private final Semaphore changes = new Semaphore(0);
    private BlogFolderWatcher watcher;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(blog.resolve("_posts"));
        Files.createDirectories(blog.resolve("assets/images"));
        Files.writeString(blog.resolve("_config.yml"), "title: T\n");
        watcher = BlogFolderWatcher.start(blog, changes::release, Duration.ofMillis(50));
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private void awaitChange() throws InterruptedException {
        assertThat(changes.tryAcquire(30, TimeUnit.SECONDS)).as("a change was reported").isTrue();
        changes.drainPermits();
    }

    @Test
    void aPostWrittenRenamedOrDeletedIsReported() throws Exception {
        Path post = blog.resolve("_posts/2021-12-10-badge.md");
        Files.writeString(post, "---\ntitle: Badge\n---\n");
        awaitChange();
        Path renamed = Files.move(post, blog.resolve("_posts/2021-12-10-badge-worth-it.md"));
        awaitChange();
        Files.delete(renamed);
        awaitChange();
    }

    @Test
    void aFolderMadeAfterTheStartIsWatchedToo() throws Exception {
        Path bundle = Files.createDirectories(blog.resolve("_posts/2024"));
        awaitChange();
        Files.writeString(bundle.resolve("2024-01-01-new-year.md"), "---\ntitle: New Year\n---\n");
        awaitChange();
    }

    @Test
    void theSiteConfigCounts() throws Exception {
        Files.writeString(blog.resolve("_config.yml"), "title: Renamed\n");
        awaitChange();
    }

    @Test
    void onlyNamesThatCanChangeThePostListCount() {
        assertThat(BlogFolderWatcher.relevant(Path.of("_posts/a.md"), false)).isTrue();
        assertThat(BlogFolderWatcher.relevant(Path.of("content/posts/a.markdown"), false)).isTrue();
        assertThat(BlogFolderWatcher.relevant(Path.of("hugo.toml"), false)).isTrue();
        assertThat(BlogFolderWatcher.relevant(Path.of("_posts/.a.md.swp"), false)).isFalse();
        assertThat(BlogFolderWatcher.relevant(Path.of("assets/images/a.png"), false)).isFalse();
        assertThat(BlogFolderWatcher.relevant(Path.of("_posts/notes.txt"), false)).isFalse();
        assertThat(BlogFolderWatcher.relevant(Path.of("_site"), true)).isFalse();
        assertThat(BlogFolderWatcher.relevant(Path.of(".git"), true)).isFalse();
        assertThat(BlogFolderWatcher.relevant(Path.of("_drafts"), true)).isTrue();
    }

    @Test
    void outputAssetAndHiddenFoldersAreNotWatched() throws Exception {
        Files.createDirectories(blog.resolve("_site/blog/2021"));
        Files.createDirectories(blog.resolve(".git/objects"));
        try (BlogFolderWatcher second = BlogFolderWatcher.start(blog, () -> { }, Duration.ofMillis(50))) {
            assertThat(second.folderCount()).isEqualTo(2); // the blog and _posts
        }
    }
}
