package app.quire.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.FrontMatter;
import org.junit.jupiter.api.Test;

/** Raw key-line edits used by the YAML-per-key editor, new keys and multi-line text. */
class FrontMatterBlocksTest {
    @Test
    void multiLineTextStaysALiteralBlock() {
        FrontMatter fm = FrontMatter.parseBlock("---\ntitle: T\ndescription: |\n    Old first.\n    Old second.\nlayout: post\n---\n");
        FrontMatter edited = FrontMatterBlocks.withText(fm, "description", "New first.\n\nNew third.\n");
        assertThat(edited.block()).isEqualTo(
                "---\ntitle: T\ndescription: |\n    New first.\n\n    New third.\nlayout: post\n---\n");
        assertThat(FrontMatterBlocks.withText(fm, "description", "no end break\nhere").get("description"))
                .contains("no end break\nhere");
        FrontMatter plain = FrontMatter.parseBlock("---\ndescription: one\n---\n");
        assertThat(FrontMatterBlocks.withText(plain, "description", "two\nlines").block())
                .isEqualTo("---\ndescription: |-\n  two\n  lines\n---\n");
        assertThat(FrontMatterBlocks.withText(plain, "description", "  leading\nspaces").get("description"))
                .contains("  leading\nspaces");
    }

    @Test
    void keyLinesAreReplacedOnlyWhenTheyStillParseWithTheSameKeys() {
        FrontMatter fm = FrontMatter.parseBlock("---\na: 1\nm:\n  x: 1\nz: 2\n---\n");
        assertThat(FrontMatterBlocks.replaceKeyLines(fm, "m", "m:\n  x: 2\n").orElseThrow().block())
                .isEqualTo("---\na: 1\nm:\n  x: 2\nz: 2\n---\n");
        assertThat(FrontMatterBlocks.replaceKeyLines(fm, "m", "m: [\n")).isEmpty();
        assertThat(FrontMatterBlocks.replaceKeyLines(fm, "m", "m: 1\nextra: 2\n")).isEmpty();
        assertThat(FrontMatterBlocks.whyNot(fm, "m", "m: 1\nextra: 2\n")).contains("'m'");
    }

    @Test
    void newKeysAreEmpty() {
        assertThat(FrontMatterBlocks.withEmptyKey(FrontMatter.parseBlock("---\na: 1\n---\n"), "b").block())
                .isEqualTo("---\na: 1\nb:\n---\n");
        assertThat(FrontMatterBlocks.withEmptyKey(FrontMatter.parseBlock(""), "b").block()).isEqualTo("---\nb:\n---\n");
        assertThat(FrontMatterBlocks.withEmptyKey(FrontMatter.parseBlock("---\na: 1\n---\n"), "odd key").get("odd key"))
                .contains("");
    }
}
