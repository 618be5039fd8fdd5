package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PostRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("app.quire.post.Fixtures#UTF8_POSTS")
    void openAndSaveUnchangedIsByteIdentical(String name) throws IOException {
        Path file = Fixtures.copy(name, dir);
        PostFile pf = PostFile.open(file);
        Post post = pf.post();
        assertThat(post.frontMatterBlock() + post.body()).isEqualTo(pf.text());
        pf.save(post.withFrontMatter(post.frontMatter()).text());
        assertThat(Files.readAllBytes(file)).isEqualTo(Fixtures.bytes(name));
    }

    @ParameterizedTest
    @FieldSource("app.quire.post.Fixtures#UTF8_POSTS")
    void frontMatterBlockIsItsPartsExactly(String name) {
        Post post = Fixtures.post(name);
        assertThat(post.frontMatter().block()).isEqualTo(post.frontMatterBlock());
    }

    @Test
    void seedShapeReadsItsFields() {
        Post post = Fixtures.post("seed-like.md");
        assertThat(post.title()).contains("Reading Tide Tables: A Beginner Walkthrough");
        assertThat(post.author()).contains("mfarrow");
        assertThat(post.heroImage()).contains("/assets/images/posts/tide-chart.jpg");
        assertThat(post.dateText()).contains("2022-03-04 00:00:00 +1000");
        assertThat(post.date().orElseThrow().toIso()).isEqualTo("2022-03-04T00:00:00+10:00");
        assertThat(post.categories()).containsExactly("blog");
        assertThat(post.bodyStartLine()).isEqualTo(7);
        assertThat(post.body()).startsWith("\nTide tables").endsWith(".jpg)");
    }

    @Test
    void bomAndCrlfAreKept() throws IOException {
        PostFile pf = PostFile.open(Fixtures.copy("bom-crlf.md", dir));
        assertThat(pf.hasBom()).isTrue();
        Post post = pf.post();
        assertThat(post.frontMatter().newline()).isEqualTo("\r\n");
        assertThat(post.title()).contains("Windows Notes");
        assertThat(post.tags()).containsExactly("windows", "editors");
    }

    @Test
    void emptyAndMissingFrontMatter() {
        Post empty = Fixtures.post("empty-fm.md");
        assertThat(empty.frontMatterBlock()).isEqualTo("---\n---\n");
        assertThat(empty.frontMatter().kind()).isEqualTo(FrontMatter.Kind.YAML);
        assertThat(empty.frontMatter().keys()).isEmpty();
        assertThat(empty.frontMatter().problem()).isEmpty();
        Post none = Fixtures.post("no-fm.md");
        assertThat(none.frontMatterBlock()).isEmpty();
        assertThat(none.frontMatter().kind()).isEqualTo(FrontMatter.Kind.NONE);
        assertThat(none.body()).isEqualTo(none.text());
    }

    @Test
    void dotsCloseTheBlock() {
        Post post = Fixtures.post("dots-close.md");
        assertThat(post.title()).contains("Closed With Dots");
        assertThat(post.body()).isEqualTo("Body after a dots line.\n");
    }

    @Test
    void hugosJsonFrontMatterIsReadableAndReadOnly() {
        String text = "{\n  \"title\": \"JSON Post\",\n  \"date\": \"2024-05-06T07:08:09+02:00\",\n"
                + "  \"tags\": [\"a\", \"b}\"],\n  \"draft\": true,\n  \"params\": {\"x\": 1}\n}\nBody {{ here }}.\n";
        Post post = Post.parse(text);
        FrontMatter fm = post.frontMatter();
        assertThat(fm.kind()).isEqualTo(FrontMatter.Kind.JSON);
        assertThat(fm.problem()).isEmpty();
        assertThat(fm.title()).contains("JSON Post");
        assertThat(fm.tags()).containsExactly("a", "b}");
        assertThat(fm.draft()).contains(true);
        assertThat(fm.date().orElseThrow().toIso()).isEqualTo("2024-05-06T07:08:09+02:00");
        assertThat(post.body()).isEqualTo("Body {{ here }}.\n");
        assertThat(post.bodyStartLine()).isEqualTo(7);
        assertThat(post.frontMatterBlock() + post.body()).isEqualTo(text);
        assertThat(fm.editable()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fm.withTitle("x"))
                .isInstanceOf(FrontMatterEditException.class).hasMessageContaining("JSON");
    }

    @Test
    void aBodyThatOpensWithLiquidOrABraceIsNotJsonFrontMatter() {
        for (String text : List.of("{{ site.title }} and more\n", "{% raw %}x{% endraw %}\n", "{\"a\": 1} trailing\n",
                "{\"never\": \"closed\"\n", "{ not json }\n", "{}\nText\n")) {
            Post post = Post.parse(text);
            assertThat(post.frontMatter().kind()).as(text).isEqualTo(FrontMatter.Kind.NONE);
            assertThat(post.body()).isEqualTo(text);
        }
        Post broken = Post.parse("{\"title\": \"x\", }\nBody\n");
        assertThat(broken.frontMatter().kind()).isEqualTo(FrontMatter.Kind.JSON);
        assertThat(broken.frontMatter().editable()).isFalse();
        assertThat(broken.body()).isEqualTo("Body\n");
    }

    @Test
    void tomlIsReadableAndReadOnly() {
        Post post = Fixtures.post("toml.md");
        FrontMatter fm = post.frontMatter();
        assertThat(fm.kind()).isEqualTo(FrontMatter.Kind.TOML);
        assertThat(fm.title()).contains("Hugo Style Post");
        assertThat(fm.draft()).contains(true);
        assertThat(fm.tags()).containsExactly("hugo", "toml");
        assertThat(fm.categories()).containsExactly("notes");
        assertThat(fm.date().orElseThrow().toIso()).isEqualTo("2023-08-09T10:11:12+02:00");
        assertThat(fm.has("mood")).isFalse();
        assertThat(fm.editable()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fm.withTitle("x"))
                .isInstanceOf(FrontMatterEditException.class).hasMessageContaining("TOML");
    }

    @Test
    void nonAsciiValuesAndNestedMaps() {
        Post post = Fixtures.post("non-ascii.md");
        assertThat(post.title()).contains("Café au lait — über naïve façades");
        assertThat(post.categories()).containsExactly("Küche", "日本語");
        Post nested = Fixtures.post("nested.md");
        assertThat(nested.heroImage()).contains("/assets/header.png");
        assertThat(nested.author()).contains("Pat Doe");
    }

    @Test
    void multiLineValues() {
        FrontMatter fm = Fixtures.post("multiline.md").frontMatter();
        assertThat(fm.string("description")).contains(
                "First line of a literal block.\nSecond line.\n\nAfter a blank line.\n");
        assertThat(fm.string("excerpt")).contains("Folded text that joins into one line.\n");
        assertThat(fm.string("summary")).contains("a plain scalar that continues here");
        assertThat(fm.layout()).contains("post");
    }

    @Test
    void typedFieldsFromCommentsAndQuotes() {
        FrontMatter c = Fixtures.post("comments.md").frontMatter();
        assertThat(c.title()).contains("Commented Post");
        assertThat(c.tags()).containsExactly("alpha", "beta");
        assertThat(c.layout()).contains("post");
        FrontMatter q = Fixtures.post("quoted.md").frontMatter();
        assertThat(q.title()).contains("Double \"quoted\" title");
        assertThat(q.author()).contains("O'Brien");
        assertThat(q.slug()).contains("quoted-slug");
        assertThat(q.date().orElseThrow().localDateTime()).hasToString("2017-04-05T06:07");
        FrontMatter f = Fixtures.post("flow-lists.md").frontMatter();
        assertThat(f.categories()).containsExactly("travel", "food");
        assertThat(f.tags()).containsExactly("a", "b c", "d");
        assertThat(f.draft()).contains(false);
        assertThat(Fixtures.post("block-lists.md").frontMatter().published()).contains(true);
    }
}
