package app.quire.post.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.DateStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quire: section of _config.yml / quire.yaml, and how it wins over inference. */
class ExplicitSchemaTest {
    @TempDir
    Path site;

    private void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void configSectionDeclaresFieldsAndWins() throws IOException {
        write("_config.yml", "title: Site\nquire:\n  date_format: 2021-12-10T00:00:00+10:00\n  fields:\n"
                + "    title: {type: string, required: true}\n"
                + "    layout: {type: choice, choices: [post, note], default: post}\n"
                + "    tags: list\n    summary: text\n    hero: {type: image}\n    featured: {type: bool, default: false}\n"
                + "    rating: {type: stars}\n  required: [author]\n");
        write("_posts/2021-01-01-a.md", "---\ntitle: A\nlayout: post\nauthor: me\ntags: [x]\nhero: a.png\n"
                + "date: 2021-01-01 00:00:00 +1000\n---\n");
        FrontMatterSchema s = FrontMatterSchema.load(site);
        assertThat(s.fields().stream().map(FieldSpec::key)).startsWith("title", "layout", "tags", "summary", "hero",
                "featured", "rating", "author");
        assertThat(s.field("layout").orElseThrow().type()).isEqualTo(FieldType.CHOICE);
        assertThat(s.layouts()).containsExactly("post", "note");
        assertThat(s.field("author").orElseThrow().required()).isTrue();
        assertThat(s.field("rating").orElseThrow().type()).isEqualTo(FieldType.STRING);
        assertThat(s.field("tags").orElseThrow().usage()).isEqualTo(1);
        assertThat(s.dateStyle()).isEqualTo(DateStyle.ISO);
        assertThat(s.heroKey()).isEqualTo("hero");
        assertThat(s.descriptionKey()).isEqualTo("description");
        assertThat(ExplicitSchema.read(site).problems()).singleElement().asString().contains("stars");
        String block = s.templateFor("New", ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(10)));
        assertThat(block).contains("layout: post\n").contains("featured: false\n")
                .contains("date: 2024-01-02T03:04:05+10:00\n").contains("tags: []\n");
    }

    @Test
    void quireYamlTakesPrecedenceAndMayBeTopLevel() throws IOException {
        write("_config.yml", "quire:\n  fields:\n    mood: text\n");
        write("quire.yaml", "fields:\n  mood: {type: choice, choices: [calm, busy]}\n");
        ExplicitSchema e = ExplicitSchema.read(site);
        assertThat(e.fields()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("mood");
            assertThat(f.type()).isEqualTo(FieldType.CHOICE);
            assertThat(f.choices()).containsExactly("calm", "busy");
        });
    }

    @Test
    void listFormAndBadInput() {
        ExplicitSchema e = ExplicitSchema.fromMap(Map.of("fields", java.util.List.of(
                Map.of("key", "weight", "type", "number", "default", 5), Map.of("type", "string")),
                "date_format", "not a date"));
        assertThat(e.fields()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.NUMBER);
            assertThat(f.defaultValue()).isEqualTo("5");
        });
        assertThat(e.problems()).hasSize(2);
        assertThat(e.dateStyle()).isEmpty();
        assertThat(ExplicitSchema.NONE.applyTo(FrontMatterSchema.empty()).fields()).hasSize(2);
    }

    @Test
    void missingOrBrokenConfigIsNoSchema() throws IOException {
        assertThat(ExplicitSchema.read(site).fields()).isEmpty();
        write("_config.yml", "quire: [unclosed\n");
        assertThat(ExplicitSchema.read(site).fields()).isEmpty();
    }
}
