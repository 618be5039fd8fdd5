package app.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTypedFrontMatter() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        CliRun r = CliRun.run("fm", post.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("title: Reading Tide Tables: A Beginner Walkthrough\n")
                .contains("date: 2022-03-04T00:00:00+10:00\n").contains("category: blog\n");
    }

    @Test
    void printsJson() throws IOException {
        Path post = Fixtures.copy("flow-lists.md", dir);
        CliRun r = CliRun.run("fm", post.toString(), "--json");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("\"categories\": [\"travel\", \"food\"]").contains("\"draft\": false");
        Path bom = Fixtures.copy("bom-crlf.md", dir);
        assertThat(CliRun.run("fm", bom.toString(), "--json").out).contains("\"date\": \"2020-01-02T09:15:00+01:00\"");
    }

    @Test
    void setEditsOnlyTheKeysLines() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        String before = Files.readString(post);
        CliRun r = CliRun.run("fm", post.toString(), "--set", "title=Tides Again", "--set", "tags=[sea, 'moon phase']",
                "--set", "date=2022-03-05 10:00", "--unset", "author");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(Files.readString(post)).isEqualTo(before
                .replace("title: 'Reading Tide Tables: A Beginner Walkthrough'", "title: 'Tides Again'")
                .replace("author: mfarrow\n", "")
                .replace("date: 2022-03-04 00:00:00 +1000", "date: 2022-03-05 10:00:00 +1000")
                .replace("category: blog\n", "category: blog\ntags: [sea, moon phase]\n"));
    }

    @Test
    void categoryStaysAStringAndBooleansArePlain() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        String before = Files.readString(post);
        CliRun r = CliRun.run("fm", post.toString(), "--set", "category=news", "--set", "draft=true");
        assertThat(r.exit).isZero();
        assertThat(Files.readString(post)).isEqualTo(before.replace("category: blog\n", "category: news\ndraft: true\n"));
    }

    @Test
    void settingTheSameValuesLeavesTheFileUntouched() throws IOException {
        Path post = Fixtures.copy("bom-crlf.md", dir);
        CliRun r = CliRun.run("fm", post.toString(), "--set", "title=Windows Notes", "--set", "tags=[windows, editors]");
        assertThat(r.exit).isZero();
        assertThat(Files.readAllBytes(post)).isEqualTo(Fixtures.bytes("bom-crlf.md"));
    }

    @Test
    void brokenFrontMatterIsShownWithItsLocationAndRefusedForEdits() throws IOException {
        Path post = Fixtures.copy("broken-yaml.md", dir);
        CliRun show = CliRun.run("fm", post.toString());
        assertThat(show.exit).isEqualTo(1);
        assertThat(show.err).contains(post + ":2:14: invalid YAML");
        CliRun edit = CliRun.run("fm", post.toString(), "--set", "title=x");
        assertThat(edit.exit).isEqualTo(2);
        assertThat(edit.err).contains("fix it in the text").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(post)).isEqualTo(Fixtures.bytes("broken-yaml.md"));
    }

    @Test
    void tomlIsReadOnly() throws IOException {
        Path post = Fixtures.copy("toml.md", dir);
        assertThat(CliRun.run("fm", post.toString()).out).contains("title: Hugo Style Post");
        CliRun edit = CliRun.run("fm", post.toString(), "--set", "title=x");
        assertThat(edit.exit).isEqualTo(2);
        assertThat(edit.err).contains("TOML");
    }

    @Test
    void badValuesAreUsageErrors() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        assertThat(CliRun.run("fm", post.toString(), "--set", "date=soon").exit).isEqualTo(2);
        assertThat(CliRun.run("fm", post.toString(), "--set", "novalue").exit).isEqualTo(2);
        assertThat(new String(Files.readAllBytes(post), StandardCharsets.UTF_8)).isEqualTo(Fixtures.text("seed-like.md"));
    }

    @Test
    void quotedValuesAreText() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        CliRun.run("fm", post.toString(), "--set", "slug='true'", "--set", "weight=3");
        assertThat(Files.readString(post)).contains("slug: 'true'\n").contains("weight: 3\n");
    }

    @Test
    void listItemsStayText() throws IOException {
        Path post = Fixtures.copy("flow-lists.md", dir);
        CliRun r = CliRun.run("fm", post.toString(), "--set", "tags=[2021-12-10, 3, plain]");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(Files.readString(post)).contains("tags: ['2021-12-10', '3', \"plain\"]\n");
        assertThat(CliRun.run("fm", post.toString(), "--set", "tags=[a, {b: c}]").exit).isEqualTo(2);
    }
}
