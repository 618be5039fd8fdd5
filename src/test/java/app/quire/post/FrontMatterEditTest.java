package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterEditTest {
    private static String edit(String fixture, java.util.function.UnaryOperator<FrontMatter> op) {
        Post post = Fixtures.post(fixture);
        return post.withFrontMatter(op.apply(post.frontMatter())).text();
    }

    private static String replaceLine(String text, String oldLine, String newLine) {
        assertThat(text).contains(oldLine);
        return text.replace(oldLine, newLine);
    }

    @Test
    void changingTheTitleRewritesOnlyItsLineAndKeepsQuotes() {
        String before = Fixtures.text("seed-like.md");
        String after = edit("seed-like.md", fm -> fm.withTitle("Tides: Part Two"));
        assertThat(after).isEqualTo(replaceLine(before,
                "title: 'Reading Tide Tables: A Beginner Walkthrough'", "title: 'Tides: Part Two'"));
    }

    @Test
    void plainValuesStayPlainAndGetQuotedOnlyWhenYamlNeedsIt() {
        String before = Fixtures.text("seed-like.md");
        assertThat(edit("seed-like.md", fm -> fm.set("author", "kim")))
                .isEqualTo(replaceLine(before, "author: mfarrow", "author: kim"));
        assertThat(edit("seed-like.md", fm -> fm.set("author", "kim: the writer")))
                .isEqualTo(replaceLine(before, "author: mfarrow", "author: 'kim: the writer'"));
        assertThat(edit("seed-like.md", fm -> fm.set("author", "true")))
                .isEqualTo(replaceLine(before, "author: mfarrow", "author: 'true'"));
    }

    @Test
    void settingTheCurrentValueChangesNothing() {
        for (String name : Fixtures.UTF8_POSTS) {
            Post post = Fixtures.post(name);
            FrontMatter fm = post.frontMatter();
            if (!fm.editable() || fm.kind() == FrontMatter.Kind.NONE) {
                continue;
            }
            FrontMatter same = fm;
            if (fm.title().isPresent()) {
                same = same.withTitle(fm.title().get());
            }
            if (fm.date().isPresent()) {
                same = same.withDate(fm.date().get());
            }
            same = same.withCategories(fm.categories()).withTags(fm.tags());
            assertThat(same.block()).as(name).isEqualTo(fm.block());
        }
    }

    @Test
    void dateKeepsTheFilesStyle() {
        String before = Fixtures.text("seed-like.md");
        PostDate newDate = PostDates.parse("2023-01-15T18:30:00+10:00").orElseThrow();
        assertThat(edit("seed-like.md", fm -> fm.withDate(newDate)))
                .isEqualTo(replaceLine(before, "date: 2022-03-04 00:00:00 +1000", "date: 2023-01-15 18:30:00 +1000"));
        PostDate local = PostDate.of(LocalDateTime.of(2023, 2, 3, 4, 5, 6), DateStyle.ISO);
        assertThat(edit("seed-like.md", fm -> fm.withDate(local)))
                .isEqualTo(replaceLine(before, "date: 2022-03-04 00:00:00 +1000", "date: 2023-02-03 04:05:06 +1000"));
        String quoted = Fixtures.text("quoted.md");
        PostDate q = PostDate.of(OffsetDateTime.parse("2020-10-11T12:13:00Z"), DateStyle.JEKYLL);
        assertThat(edit("quoted.md", fm -> fm.withDate(q)))
                .isEqualTo(replaceLine(quoted, "date: \"2017-04-05 06:07\"", "date: \"2020-10-11 12:13\""));
    }

    @Test
    void singleCategoryStaysAStringUntilASecondArrives() {
        String before = Fixtures.text("seed-like.md");
        assertThat(edit("seed-like.md", fm -> fm.withCategories(List.of("news"))))
                .isEqualTo(replaceLine(before, "category: blog", "category: news"));
        assertThat(edit("seed-like.md", fm -> fm.withCategories(List.of("blog", "aws"))))
                .isEqualTo(replaceLine(before, "category: blog", "category: [blog, aws]"));
    }

    @Test
    void flowListsKeepTheirSpacingAndQuotes() {
        String before = Fixtures.text("flow-lists.md");
        assertThat(edit("flow-lists.md", fm -> fm.withCategories(List.of("travel", "food", "wine"))))
                .isEqualTo(replaceLine(before, "categories: [ travel, food ]", "categories: [ travel, food, wine ]"));
        assertThat(edit("flow-lists.md", fm -> fm.withTags(List.of("x", "y z"))))
                .isEqualTo(replaceLine(before, "tags: [a, 'b c', \"d\"]", "tags: [x, 'y z']"));
    }

    @Test
    void blockListsKeepTheirIndentation() {
        String before = Fixtures.text("block-lists.md");
        assertThat(edit("block-lists.md", fm -> fm.withCategories(List.of("travel", "food", "wine"))))
                .isEqualTo(replaceLine(before, "    - food\n", "    - food\n    - wine\n"));
        assertThat(edit("block-lists.md", fm -> fm.withTags(List.of("three"))))
                .isEqualTo(replaceLine(before, "tags:\n  - one\n  - two\n", "tags:\n  - three\n"));
    }

    @Test
    void commentsAroundAKeyStay() {
        String before = Fixtures.text("comments.md");
        assertThat(edit("comments.md", fm -> fm.withTitle("Renamed")))
                .isEqualTo(replaceLine(before, "title: Commented Post # trailing note", "title: Renamed # trailing note"));
        assertThat(edit("comments.md", fm -> fm.withTags(List.of("alpha", "beta", "gamma"))))
                .isEqualTo(replaceLine(before, "- beta\n", "- beta\n- gamma\n"));
        assertThat(edit("comments.md", fm -> fm.remove("tags")))
                .isEqualTo(replaceLine(before, "tags:\n- alpha\n- beta\n", ""));
        assertThat(edit("comments.md", fm -> fm.set("layout", "page")))
                .isEqualTo(replaceLine(before, "layout: post  # the layout", "layout: page  # the layout"));
    }

    @Test
    void newKeysGoAtTheEndAndRemovalTakesOnlyTheKeysLines() {
        String before = Fixtures.text("seed-like.md");
        assertThat(edit("seed-like.md", fm -> fm.withDraft(true)))
                .isEqualTo(replaceLine(before, "category: blog\n---", "category: blog\ndraft: true\n---"));
        assertThat(edit("seed-like.md", fm -> fm.remove("author")))
                .isEqualTo(replaceLine(before, "author: mfarrow\n", ""));
        assertThat(edit("multiline.md", fm -> fm.remove("description")))
                .isEqualTo(replaceLine(Fixtures.text("multiline.md"),
                        "description: |\n  First line of a literal block.\n  Second line.\n\n  After a blank line.\n", ""));
    }

    @Test
    void crlfStaysCrlf() {
        String before = Fixtures.text("bom-crlf.md");
        String after = edit("bom-crlf.md", fm -> fm.withTitle("Renamed").withDraft(false));
        assertThat(after).isEqualTo(before.replace("title: Windows Notes\r\n", "title: Renamed\r\n")
                .replace("tags: [windows, editors]\r\n", "tags: [windows, editors]\r\ndraft: false\r\n"));
    }

    @Test
    void multiLineStringsAreWrittenSafely() {
        Post post = Fixtures.post("multiline.md");
        FrontMatter fm = post.frontMatter().set("summary", "line one\nline two");
        assertThat(Post.parse(fm.block()).frontMatter().string("summary")).contains("line one\nline two");
        assertThat(fm.string("layout")).contains("post");
        FrontMatter lit = post.frontMatter().set("description", "new text\n");
        assertThat(lit.string("description")).contains("new text\n");
    }

    @Test
    void firstEditOfAPostWithoutFrontMatterCreatesTheBlock() {
        Post post = Fixtures.post("no-fm.md");
        Post edited = post.withFrontMatter(post.frontMatter().withTitle("Plain File"));
        assertThat(edited.text()).isEqualTo("---\ntitle: Plain File\n---\n" + post.text());
        Post empty = Fixtures.post("empty-fm.md");
        assertThat(empty.withFrontMatter(empty.frontMatter().withTitle("T")).text())
                .isEqualTo("---\ntitle: T\n---\nJust a body under an empty block.\n");
    }

    @Test
    void nonAsciiValuesEditInPlace() {
        String before = Fixtures.text("non-ascii.md");
        assertThat(edit("non-ascii.md", fm -> fm.set("author", "Zoë Ångström-Ōe")))
                .isEqualTo(replaceLine(before, "author: Zoë Ångström", "author: Zoë Ångström-Ōe"));
        assertThat(edit("non-ascii.md", fm -> fm.withTitle("Thé 🍵")))
                .isEqualTo(replaceLine(before, "title: \"Café au lait — über naïve façades\"", "title: \"Thé 🍵\""));
    }

    @Test
    void awkwardShapes() {
        assertThat(Post.parse("---\ntags: [a, b] # keep me\n---\n").frontMatter().withTags(List.of("p", "q r")).block())
                .isEqualTo("---\ntags: [p, q r] # keep me\n---\n");
        assertThat(Post.parse("---\ntags: [a,\n  b]\ntitle: x\n---\n").frontMatter().withTags(List.of("c")).block())
                .isEqualTo("---\ntags: [c]\ntitle: x\n---\n");
        assertThat(Post.parse("---\ntitle:\nauthor: me\n---\n").frontMatter().withTitle("T").block())
                .isEqualTo("---\ntitle: T\nauthor: me\n---\n");
        assertThat(Post.parse("---\ntitle: ~\n---").frontMatter().withDraft(true).block())
                .isEqualTo("---\ntitle: ~\ndraft: true\n---");
        assertThat(Post.parse("---\n\"title\" :   'spaced'\n---\n").frontMatter().withTitle("New").block())
                .isEqualTo("---\n\"title\" :   'New'\n---\n");
        assertThat(Post.parse("---\nbase: &b x\nother: *b\n---\n").frontMatter().set("base", "y").block())
                .isEqualTo("---\nbase: &b y\nother: *b\n---\n");
    }

    @Test
    void aFirstCategoryIsAString() {
        FrontMatter fm = Fixtures.post("no-fm.md").frontMatter().withCategories(List.of("notes"));
        assertThat(fm.block()).isEqualTo("---\ncategory: notes\n---\n");
        assertThat(fm.withCategories(List.of("notes", "more")).block()).isEqualTo("---\ncategory: [notes, more]\n---\n");
        assertThat(fm.withCategories(List.of()).block()).isEqualTo("---\n---\n");
    }
}
