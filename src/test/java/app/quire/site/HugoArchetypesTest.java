package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.FrontMatter;
import app.quire.post.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New posts in a Hugo blog made from its archetype, as {@code hugo new} makes them. */
class HugoArchetypesTest {
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(10));
    private static final String HUGO_DEFAULT = "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\n"
            + "date: {{ .Date }}\ndraft: true\ntags: []\n---\n\n## Introduction\n";

    @TempDir
    Path temp;

    @Test
    void hugosOwnDefaultArchetypeGivesWhatHugoNewGives() {
        // hugo new posts/my-first-post.md with this archetype wrote the same, with its own clock's date
        assertThat(HugoArchetypes.render(HUGO_DEFAULT, "My First Post", "my-first-post", WHEN, true)).contains(
                "---\ntitle: \"My First Post\"\ndate: 2024-05-06T07:08:09+10:00\ndraft: true\ntags: []\n---\n\n"
                        + "## Introduction\n");
    }

    @Test
    void theTitleIsWrittenSafelyAndTheDraftAsAsked() {
        String text = HugoArchetypes.render(HUGO_DEFAULT, "Quotes \"and\": colons # too", "x", WHEN, false)
                .orElseThrow();
        FrontMatter fm = Post.parse(text).frontMatter();
        assertThat(fm.title()).contains("Quotes \"and\": colons # too");
        assertThat(fm.draft()).contains(false);
        assertThat(Post.parse(text).body()).isEqualTo("\n## Introduction\n");
    }

    @Test
    void tomlArchetypesToo() {
        String toml = "+++\ntitle = '{{ replace .File.ContentBaseName \"-\" \" \" | title }}'\ndate = {{ .Date }}\n"
                + "draft = true\nslug = \"{{ .Name }}\"\n+++\n";
        String text = HugoArchetypes.render(toml, "It's \"here\"", "its-here", WHEN, true).orElseThrow();
        assertThat(text).isEqualTo("+++\ntitle = \"It's \\\"here\\\"\"\ndate = 2024-05-06T07:08:09+10:00\n"
                + "draft = true\nslug = \"its-here\"\n+++\n");
        assertThat(Post.parse(text).frontMatter().title()).contains("It's \"here\"");
        assertThat(HugoArchetypes.render(toml, "T", "t", WHEN, false).orElseThrow()).contains("draft = false");
    }

    @Test
    void anArchetypeQuireCannotFillInIsNotUsed() {
        assertThat(HugoArchetypes.render("---\ntitle: x\ndate: {{ .Date }}\nauthor: {{ .Site.Params.author }}\n---\n",
                "T", "t", WHEN, false)).isEmpty();
        assertThat(HugoArchetypes.render("---\ntitle: \"{{ .Name | title }}\"\n---\n", "T", "t", WHEN, false))
                .as("no date to set").isEmpty();
        assertThat(HugoArchetypes.render("Just text {{ .Date }}\n", "T", "t", WHEN, false)).isEmpty();
    }

    @Test
    void newPostUsesTheSectionsArchetypeThenTheDefaultOne() throws Exception {
        Path site = temp.resolve("hugo");
        Files.createDirectories(site.resolve("content/posts"));
        Files.createDirectories(site.resolve("archetypes"));
        Files.writeString(site.resolve("hugo.toml"), "title = \"H\"\n");
        Files.writeString(site.resolve("archetypes/default.md"), HUGO_DEFAULT);
        Path first = PostOperations.newPost(Site.open(site), null, "From Default", WHEN, false);
        assertThat(Files.readString(first)).startsWith("---\ntitle: \"From Default\"\ndate: 2024-05-06T07:08:09+10:00\n"
                + "draft: false\n").endsWith("## Introduction\n");

        Files.writeString(site.resolve("archetypes/posts.md"), "---\ntitle: \"{{ .Name | humanize | title }}\"\n"
                + "date: {{ .Date }}\nseries: []\n---\n");
        Path second = PostOperations.newPost(Site.open(site), null, "From Section", WHEN, true);
        assertThat(Files.readString(second)).isEqualTo("---\ntitle: \"From Section\"\ndate: 2024-05-06T07:08:09+10:00\n"
                + "series: []\ndraft: true\n---\n");
    }
}
