package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of site config YAML, shared by the export and the front-matter schema (decision 0179). */
class SiteConfigYamlTest {
    @TempDir
    Path dir;

    @Test
    void readsAMappingWithDatesAsWrittenAndTheLastDuplicateKey() {
        SiteConfigYaml.Result r = SiteConfigYaml.read("title: A\ntitle: B\ndate: 2021-12-10 00:00:00 +1000\n"
                + "paginate: 5\n", 0);

        assertThat(r.problems()).isEmpty();
        assertThat(r.mapping()).isTrue();
        assertThat(r.map()).containsEntry("title", "B").containsEntry("date", "2021-12-10 00:00:00 +1000")
                .containsEntry("paginate", 5);
    }

    @Test
    void aKeyWrittenTwiceIsAWarningAtItsSecondLineInAnyBlock() {
        SiteConfigYaml.Result r = SiteConfigYaml.read("title: A\nseries: x\nmenu:\n  main: 1\n  main: 2\nseries: [y]\n", 4);

        assertThat(r.problems()).isEmpty();
        assertThat(r.map()).containsEntry("series", java.util.List.of("y"));
        assertThat(r.warnings()).extracting(SiteConfigYaml.Problem::line).containsExactlyInAnyOrder(9, 10);
        assertThat(r.warnings()).allSatisfy(w -> assertThat(w.message()).contains("written twice"));
        // the next read on the same thread starts clean
        assertThat(SiteConfigYaml.read("a: 1\n", 0).warnings()).isEmpty();
    }

    @Test
    void problemsNameTheFileLineAndLeaveNoKeys() {
        SiteConfigYaml.Result r = SiteConfigYaml.read("title: [unclosed\n", 3);

        assertThat(r.map()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("invalid YAML:");
        });
    }

    @Test
    void anAliasBombIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String prev = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append((prev + ", ").repeat(8)).append(prev)
                    .append("]\n");
        }
        SiteConfigYaml.Result r = SiteConfigYaml.read(yaml.toString(), 0);

        assertThat(r.map()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("aliases"));
    }

    @Test
    void anEmptyDocumentOrAListIsNoMapping() {
        assertThat(SiteConfigYaml.read("  \n", 0).mapping()).isFalse();
        assertThat(SiteConfigYaml.read("# only a comment\n", 0).mapping()).isFalse();
        assertThat(SiteConfigYaml.read("- a\n- b\n", 0).problems()).isNotEmpty();
    }

    @Test
    void filesAreUtf8WithTheBomRemovedAndLatin1IsACodingError() throws IOException {
        Path bom = dir.resolve("bom.yml");
        Files.writeString(bom, "\uFEFFtitle: Bom\n", StandardCharsets.UTF_8);
        Path latin1 = dir.resolve("latin1.yml");
        Files.write(latin1, "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(SiteConfigYaml.readFile(bom).map()).containsEntry("title", "Bom");
        Assertions.assertThatThrownBy(() -> SiteConfigYaml.readFile(latin1))
                .isInstanceOf(CharacterCodingException.class);
    }
}
