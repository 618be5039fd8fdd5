package app.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Post;
import app.quire.post.PostDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void jekyllSiteGetsADatedPostInPosts() throws IOException {
        Files.writeString(dir.resolve("_config.yml"), "title: x\n");
        Path sub = Files.createDirectories(dir.resolve("drafts-here"));
        CliRun r = CliRun.run("new", "--title", "Über Tides: Part 1", "--date", "2022-05-06 07:08:09 +1000",
                "--dir", sub.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        Path created = sub.resolve("2022-05-06-uber-tides-part-1.md");
        assertThat(r.out.strip()).isEqualTo(created.toString());
        assertThat(Files.readString(created))
                .isEqualTo("---\ntitle: 'Über Tides: Part 1'\ndate: 2022-05-06 07:08:09 +1000\n---\n\n");
    }

    @Test
    void hugoSiteGetsItsArchetype() throws IOException {
        Files.writeString(dir.resolve("hugo.toml"), "title = \"H\"\n");
        Files.createDirectories(dir.resolve("content/posts"));
        Files.createDirectories(dir.resolve("archetypes"));
        Files.writeString(dir.resolve("archetypes/default.md"), "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\n"
                + "date: {{ .Date }}\ndraft: true\n---\n\nWrite here.\n");
        CliRun r = CliRun.run("new", "--title", "From: CLI", "--date", "2024-02-03 04:05:06 +0200", "--dir",
                dir.resolve("content/posts").toString(), "--draft");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/posts/from-cli.md")))
                .isEqualTo("---\ntitle: \"From: CLI\"\ndate: 2024-02-03T04:05:06+02:00\ndraft: true\n---\n\nWrite here.\n");
    }

    @Test
    void plainFolderGetsSlugNameAndDefaultDateInSeedStyle() throws IOException {
        CliRun r = CliRun.run("new", "--title", "Plain Post", "--dir", dir.toString(), "--draft");
        assertThat(r.exit).as(r.toString()).isZero();
        Post post = Post.parse(Files.readString(dir.resolve("plain-post.md")));
        assertThat(post.title()).contains("Plain Post");
        assertThat(post.frontMatter().draft()).contains(true);
        assertThat(PostDates.detectStyle(post.dateText().orElseThrow()).orElseThrow().separator()).isEqualTo(' ');
        assertThat(post.date().orElseThrow().offset()).isPresent();
    }

    @Test
    void neverOverwrites() throws IOException {
        Files.writeString(dir.resolve("taken.md"), "mine");
        CliRun r = CliRun.run("new", "--title", "Taken", "--dir", dir.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("already exists");
        assertThat(Files.readString(dir.resolve("taken.md"))).isEqualTo("mine");
    }

    @Test
    void titleIsRequired() {
        assertThat(CliRun.run("new", "--dir", dir.toString()).exit).isEqualTo(2);
        assertThat(CliRun.run("new", "--title", "x", "--date", "soon", "--dir", dir.toString()).exit).isEqualTo(2);
    }
}
