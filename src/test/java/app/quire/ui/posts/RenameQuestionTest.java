package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rename Post's question speaks of a date prefix only for files that have one. */
class RenameQuestionTest {

    @Test
    void aJekyllPostKeepsItsDatePrefix() {
        assertThat(BlogCommands.renameQuestion("Tide tables", "2020-05-05-tide-tables.md"))
                .isEqualTo("New file name for “Tide tables” (the date prefix and extension stay):");
    }

    @Test
    void aHugoPostHasNoDatePrefixToMention() {
        assertThat(BlogCommands.renameQuestion("Tide tables", "tide-tables.md"))
                .isEqualTo("New file name for “Tide tables” (the extension stays):")
                .doesNotContain("date prefix");
    }
}
