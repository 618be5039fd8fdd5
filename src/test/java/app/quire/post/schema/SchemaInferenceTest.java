package app.quire.post.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.DateStyle;
import app.quire.post.FrontMatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inference from a small Jekyll site written here. */
class SchemaInferenceTest {
    @TempDir
    Path site;

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void jekyllSite() throws IOException {
        write("_config.yml", "title: Harbour Notes\ntimezone: Australia/Brisbane\n");
        write("_layouts/post.html", "<html></html>");
        write("_layouts/page.html", "<html></html>");
        write("_posts/2021-12-10-tides.md", "---\nlayout: post\ntitle: Tides\nauthor: mfarrow\n"
                + "heroimage: /assets/images/posts/a.jpg\ndate: 2021-12-10 00:00:00 +1000\ncategory: blog\n"
                + "tags: [sea, moon]\n---\nBody one, long enough.\n");
        write("_posts/2022-01-02-knots.md", "---\nlayout: post\ntitle: Knots\nauthor: jlee\n"
                + "heroimage: /assets/images/posts/b.jpg\ndate: 2022-01-02 08:30:00 +1000\ncategory: howto\n"
                + "tags: [rope, sea]\nseries:\n  name: Sailing\n  part: 2\n---\nBody two.\n");
        write("_posts/2022-02-03-charts.markdown", "---\nlayout: post\ntitle: Charts\nauthor: mfarrow\n"
                + "date: 2022-02-03 09:00:00 +1000\ncategory: blog\ndraft: true\n---\nBody three.\n");
        write("_drafts/unfinished.md", "---\ntitle: Unfinished\nauthor: mfarrow\ntags: sea\n---\n");
        write("_posts/broken.md", "---\ntitle: [oops\n---\nbody\n");
        write("_posts/notes.txt", "not a post");
        write("about.md", "---\nlayout: page\ntitle: About\n---\n");
    }

    @Test
    void keysTypesAndUsage() throws IOException {
        jekyllSite();
        FrontMatterSchema s = SchemaInference.infer(site);
        assertThat(s.postCount()).isEqualTo(5);
        assertThat(s.field("title").orElseThrow().required()).isTrue();
        assertThat(s.field("title").orElseThrow().usage()).isEqualTo(5);
        assertThat(s.field("date").orElseThrow().type()).isEqualTo(FieldType.DATE);
        assertThat(s.field("tags").orElseThrow().type()).isEqualTo(FieldType.LIST);
        assertThat(s.field("category").orElseThrow().type()).isEqualTo(FieldType.LIST);
        assertThat(s.field("heroimage").orElseThrow().type()).isEqualTo(FieldType.IMAGE);
        assertThat(s.field("draft").orElseThrow().type()).isEqualTo(FieldType.BOOL);
        assertThat(s.field("series").orElseThrow().type()).isEqualTo(FieldType.NESTED);
        assertThat(s.field("layout").orElseThrow().type()).isEqualTo(FieldType.CHOICE);
        assertThat(s.fields().stream().map(FieldSpec::key)).startsWith("layout", "title");
    }

    @Test
    void vocabulariesAreMostUsedFirst() throws IOException {
        jekyllSite();
        FrontMatterSchema s = SchemaInference.infer(site.resolve("_posts"));
        assertThat(s.authors()).containsExactly("mfarrow", "jlee");
        assertThat(s.categories()).containsExactly("blog", "howto");
        assertThat(s.tags()).containsExactly("sea", "moon", "rope");
        assertThat(s.layouts()).containsExactly("post", "page");
        assertThat(s.vocabulary("title")).isEmpty();
    }

    @Test
    void styleKeysAndSlugs() throws IOException {
        jekyllSite();
        FrontMatterSchema s = SchemaInference.infer(site);
        assertThat(s.dateStyle()).isEqualTo(DateStyle.JEKYLL);
        assertThat(s.categoryKey()).isEqualTo("category");
        assertThat(s.heroKey()).isEqualTo("heroimage");
        assertThat(s.descriptionKey()).isEqualTo("description");
        assertThat(s.usesSlug()).isFalse();
        assertThat(s.slugOwners("knots")).extracting(p -> p.getFileName().toString())
                .containsExactly("2022-01-02-knots.md");
        assertThat(s.siteRoot()).contains(site.toAbsolutePath().normalize());
        assertThat(s.zone()).isPresent();
    }

    @Test
    void templateForANewPostUsesTheSiteStyle() throws IOException {
        jekyllSite();
        FrontMatterSchema s = SchemaInference.infer(site);
        String block = s.templateFor("Reading: Charts", ZonedDateTime.of(2024, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(10)));
        FrontMatter fm = FrontMatter.parseBlock(block);
        assertThat(fm.problem()).isEmpty();
        assertThat(block).startsWith("---\nlayout: post\n").endsWith("---\n")
                .contains("date: 2024-03-04 05:06:07 +1000\n").contains("author: mfarrow\n");
        assertThat(fm.title()).contains("Reading: Charts");
        assertThat(fm.keys()).contains("category", "tags").doesNotContain("series", "draft");
    }

    @Test
    void hugoContentFolderAndIsoDates() throws IOException {
        write("content/posts/one.md", "---\ntitle: One\ndate: 2023-01-02T03:04:05+02:00\nslug: one\n"
                + "categories: [a]\ndescription: Short\n---\n");
        write("content/posts/two.md", "---\ntitle: Two\ndate: 2023-02-02T03:04:05+02:00\nslug: one\n"
                + "categories: [a, b]\ndescription: Also short\n---\n");
        write("content/posts/toml.md", "+++\ntitle = \"Three\"\n+++\n");
        FrontMatterSchema s = SchemaInference.infer(site);
        assertThat(s.dateStyle()).isEqualTo(DateStyle.ISO);
        assertThat(s.usesSlug()).isTrue();
        assertThat(s.slugOwners("one")).hasSize(2);
        assertThat(s.categoryKey()).isEqualTo("categories");
        assertThat(s.field("description").orElseThrow().type()).isEqualTo(FieldType.TEXT);
        assertThat(s.postCount()).isEqualTo(3);
    }

    @Test
    void plainFolderOfMarkdownAndEmptySchema() throws IOException {
        write("a.md", "---\ntitle: A\ndate: 2020-01-01\n---\n");
        write("b.md", "no front matter");
        FrontMatterSchema s = SchemaInference.infer(site);
        assertThat(s.postCount()).isEqualTo(1);
        assertThat(s.dateStyle()).isEqualTo(DateStyle.DATE_ONLY);
        assertThat(FrontMatterSchema.empty().templateFor("Hi", ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0,
                ZoneOffset.UTC))).isEqualTo("---\ntitle: Hi\ndate: 2024-01-02 03:04:05 +0000\n---\n");
    }

    @Test
    void readsOnlyTheFrontMatterBlock() throws IOException {
        write("x.md", "---\ntitle: X\n---\n" + "body line\n".repeat(100_000));
        assertThat(BlogPosts.frontMatterBlock(site.resolve("x.md"))).isEqualTo("---\ntitle: X\n---\n");
        write("y.md", "---\ntitle: never closed\n");
        assertThat(BlogPosts.frontMatterBlock(site.resolve("y.md"))).isEmpty();
        Files.write(site.resolve("z.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xE9, '\n', '-', '-', '-',
            '\n'});
        assertThat(BlogPosts.frontMatterBlock(site.resolve("z.md"))).isEmpty();
    }
}
