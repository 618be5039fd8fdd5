package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.settings.AppDirs;
import app.quire.ui.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupPlanTest {
    @TempDir
    Path tmp;

    private AppDirs dirs() {
        return new AppDirs(tmp.resolve("config"), tmp.resolve("data"));
    }

    @Test
    void firstStartInstallsTheSampleAndOpensItsNewestPost() {
        StartupPlan plan = StartupPlan.decide(List.of(), new Settings(), dirs());
        assertThat(plan.folder()).isEqualTo(dirs().sampleBlogDir());
        assertThat(plan.files()).singleElement().satisfies(p ->
                assertThat(p.getFileName().toString()).isEqualTo("2026-03-09-welcome-to-quire.md"));
        assertThat(plan.current()).isEqualTo(plan.files().get(0));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void laterStartReopensTheLastSession() throws IOException {
        Path blog = Files.createDirectories(tmp.resolve("myblog"));
        Path a = Files.writeString(blog.resolve("a.md"), "a", StandardCharsets.UTF_8);
        Path b = Files.writeString(blog.resolve("b.md"), "b", StandardCharsets.UTF_8);
        Settings s = new Settings();
        s.setLastFolder(blog);
        s.setOpenFiles(List.of(a, blog.resolve("gone.md"), b));
        s.setCurrentFile(a);
        StartupPlan plan = StartupPlan.decide(List.of(), s, dirs());
        assertThat(plan.folder()).isEqualTo(blog);
        assertThat(plan.files()).containsExactly(a, b);
        assertThat(plan.current()).isEqualTo(a);
        assertThat(dirs().sampleBlogDir()).doesNotExist();
    }

    @Test
    void aFileArgumentOpensThatPostInsideItsSite() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "title: x\n", StandardCharsets.UTF_8);
        Path post = Files.writeString(Files.createDirectories(site.resolve("_posts")).resolve("p.md"), "x",
                StandardCharsets.UTF_8);
        StartupPlan plan = StartupPlan.decide(List.of(post.toString()), new Settings(), dirs());
        assertThat(plan.folder()).isEqualTo(site);
        assertThat(plan.files()).containsExactly(post);
    }

    @Test
    void aFolderArgumentOpensTheFolderWithItsNewestPost() throws IOException {
        Path posts = Files.createDirectories(tmp.resolve("blog/_posts"));
        Files.writeString(posts.resolve("2020-01-01-old.md"), "x", StandardCharsets.UTF_8);
        Path newest = Files.writeString(posts.resolve("2024-05-01-new.md"), "x", StandardCharsets.UTF_8);
        StartupPlan plan = StartupPlan.decide(List.of(tmp.resolve("blog").toString()), new Settings(), dirs());
        assertThat(plan.folder()).isEqualTo(tmp.resolve("blog"));
        assertThat(plan.files()).containsExactly(newest);
    }

    @Test
    void aHugoOrPlainFolderOpensThePostChangedLast() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("hugo/content/posts"));
        Files.writeString(tmp.resolve("hugo/hugo.toml"), "title = 'x'\n", StandardCharsets.UTF_8);
        Path older = Files.writeString(content.resolve("zebra.md"), "x", StandardCharsets.UTF_8);
        Path recent = Files.writeString(Files.createDirectories(content.resolve("bundle")).resolve("index.md"), "y",
                StandardCharsets.UTF_8);
        Path ignored = Files.writeString(Files.createDirectories(tmp.resolve("hugo/public")).resolve("x.md"), "z",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L));
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.fromMillis(2_000_000_000L));
        Files.setLastModifiedTime(ignored, java.nio.file.attribute.FileTime.fromMillis(3_000_000_000L));
        StartupPlan hugo = StartupPlan.decide(List.of(tmp.resolve("hugo").toString()), new Settings(), dirs());
        assertThat(hugo.current()).isEqualTo(recent.toAbsolutePath().normalize());

        Path plain = Files.createDirectories(tmp.resolve("notes"));
        Path a = Files.writeString(plain.resolve("a.md"), "a", StandardCharsets.UTF_8);
        Path b = Files.writeString(Files.createDirectories(plain.resolve(".git")).resolve("b.md"), "b",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(3_000_000_000L));
        StartupPlan notes = StartupPlan.decide(List.of(plain.toString()), new Settings(), dirs());
        assertThat(notes.current()).isEqualTo(a.toAbsolutePath().normalize());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(StartupPlan.decide(List.of(empty.toString()), new Settings(), dirs()).current()).isNull();
    }

    @Test
    void severalPostsNamedOpenAsTabsTheFirstCurrent() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "title: x\n", StandardCharsets.UTF_8);
        Path a = Files.writeString(Files.createDirectories(site.resolve("_posts")).resolve("2024-01-01-a.md"), "a",
                StandardCharsets.UTF_8);
        Path b = Files.writeString(site.resolve("_posts/2024-01-02-b.md"), "b", StandardCharsets.UTF_8);
        StartupPlan plan = StartupPlan.decide(List.of(a.toString(), "--debug", b.toString(), a.toString(),
                tmp.resolve("gone.md").toString()), new Settings(), dirs());
        assertThat(plan.files()).containsExactly(a, b);
        assertThat(plan.current()).isEqualTo(a);
        assertThat(plan.folder()).isEqualTo(site);
        assertThat(plan.problems()).singleElement().asString().contains("gone.md");

        Path other = Files.createDirectories(tmp.resolve("other"));
        StartupPlan withFolder = StartupPlan.decide(List.of(b.toString(), other.toString()), new Settings(), dirs());
        assertThat(withFolder.folder()).isEqualTo(other);
        assertThat(withFolder.files()).containsExactly(b);
    }

    @Test
    void aMissingPathIsReportedAndTheSampleOpens() {
        StartupPlan plan = StartupPlan.decide(List.of(tmp.resolve("nope.md").toString()), new Settings(), dirs());
        assertThat(plan.problems()).singleElement().asString().contains("There is no file or folder");
        assertThat(plan.folder()).isEqualTo(dirs().sampleBlogDir());
    }
}
