package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenFrontMatterTest {
    @TempDir
    Path dir;

    @Test
    void brokenYamlStillOpensAndNamesTheFileLine() {
        Post post = Fixtures.post("broken-yaml.md");
        FrontMatterProblem problem = post.frontMatter().problem().orElseThrow();
        // "title: Broken: on purpose" is file line 2; the error is at the second colon
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(14);
        assertThat(problem.message()).contains("invalid YAML");
        assertThat(post.body()).isEqualTo("\nThe body must survive a broken header.\n");
        assertThat(post.frontMatterBlock()).contains("bad indent: here");
        // what can be read is still read
        assertThat(post.author()).contains("somebody");
    }

    @Test
    void errorLineIsOffsetByTheOpeningLine() {
        Post post = Post.parse("---\ntitle: ok\ntags: [a, b\n---\nbody\n");
        FrontMatterProblem problem = post.frontMatter().problem().orElseThrow();
        assertThat(problem.line()).as("the line with the unclosed [").isEqualTo(3);
        assertThat(problem.column()).isEqualTo(7);
        assertThat(problem.message()).contains("'[' is never closed");
        Post map = Post.parse("---\ntitle: ok\nlinks: {a: 1,\nother: x\n---\nbody\n");
        assertThat(map.frontMatter().problem().orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void simpleFlowListsStillReadAsListsWhenTheYamlIsBroken() {
        Post post = Post.parse("---\ntitle: Broken: on purpose\ncategory: []\ntags: [one, \"two words\", 'three']\n"
                + "---\nbody\n");
        assertThat(post.frontMatter().problem()).isPresent();
        assertThat(post.categories()).as("no '[]' chip").isEmpty();
        assertThat(post.tags()).containsExactly("one", "two words", "three");
        assertThat(post.title()).hasValue("Broken: on purpose");
    }

    @Test
    void typedEditsAreRefusedWithTheLocation() {
        FrontMatter fm = Fixtures.post("broken-yaml.md").frontMatter();
        assertThat(fm.editable()).isFalse();
        assertThatThrownBy(() -> fm.withTitle("New"))
                .isInstanceOf(FrontMatterEditException.class)
                .hasMessageContaining("line 2, column 14").hasMessageContaining("fix it");
        assertThatThrownBy(() -> fm.remove("author")).isInstanceOf(FrontMatterEditException.class);
    }

    @Test
    void savingUnchangedKeepsEveryByte() throws IOException {
        Path file = Fixtures.copy("broken-yaml.md", dir);
        PostFile pf = PostFile.open(file);
        pf.save(pf.post().text());
        assertThat(Files.readAllBytes(file)).isEqualTo(Fixtures.bytes("broken-yaml.md"));
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        Post post = Post.parse("---\n- just\n- a list\n---\nbody");
        assertThat(post.frontMatter().problem()).isPresent();
        assertThat(post.body()).isEqualTo("body");
    }
}
