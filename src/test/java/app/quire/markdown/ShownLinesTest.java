package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines of a Liquid-rendered post mapped back to the lines the writer sees in the editor. */
class ShownLinesTest {
    private static final String WRITTEN = String.join("\n",
            "---",                          // 0
            "title: Loops",                 // 1
            "---",                          // 2
            "Intro.",                       // 3
            "{% if site.show_old %}",       // 4
            "Old paragraph.",               // 5
            "",                             // 6
            "More old text.",               // 7
            "{% endif %}",                  // 8
            "",                             // 9
            "## Middle ##",                 // 10
            "",                             // 11
            "{% for i in (1..3) %}",        // 12
            "- item {{ i }}",               // 13
            "{% endfor %}",                 // 14
            "",                             // 15
            "## End ##",                    // 16
            "Last line.") + "\n";           // 17

    /** What Liquid makes of it: the if dropped, the loop repeated (Liquid keeps the tags' own line breaks). */
    private static final String SHOWN = String.join("\n",
            "---", "title: Loops", "---", "Intro.",
            "",                             // 4: the if's line break
            "",                             // 5
            "## Middle ##",                 // 6
            "",                             // 7
            "",                             // 8
            "- item 1", "", "- item 2", "", "- item 3", "", // 9..14
            "",                             // 15
            "## End ##",                    // 16
            "Last line.") + "\n";           // 17

    @Test
    void headingsAfterDroppedAndRepeatedLinesKeepTheirWrittenLines() {
        ShownLines map = ShownLines.between(WRITTEN, SHOWN);
        assertThat(map.writtenLine(3)).as("before any Liquid").isEqualTo(3);
        assertThat(map.writtenLine(6)).as("## Middle ##").isEqualTo(10);
        assertThat(map.writtenLine(16)).as("## End ##").isEqualTo(16);
        assertThat(map.writtenLine(17)).isEqualTo(17);
        assertThat(map.writtenLine(11)).as("a repeated item stays within its loop").isBetween(12, 14);
        assertThat(map.writtenLine(18)).as("past the end").isEqualTo(18);
    }

    private static List<PreviewBlock> blocksOf(String text) {
        PreviewSession session = new PreviewSession(MarkdownRenderer.shared(), RenderContext.NONE);
        session.update(text);
        return session.blocks();
    }

    @Test
    void blocksOfTheRenderedTextAreNumberedInTheEditorsLines() {
        List<PreviewBlock> shownBlocks = blocksOf(SHOWN);
        List<PreviewBlock> blocks = ShownLines.between(WRITTEN, SHOWN).renumber(shownBlocks);

        PreviewBlock middle = blocks.stream().filter(b -> b.html().contains("Middle")).findFirst().orElseThrow();
        PreviewBlock end = blocks.stream().filter(b -> b.html().contains("End")).findFirst().orElseThrow();
        assertThat(middle.startLine()).isEqualTo(10);
        assertThat(middle.html()).contains("data-line-start=\"10\"").contains("data-line-end=\"10\"");
        assertThat(end.startLine()).isEqualTo(16);
        assertThat(end.html()).contains("data-line-start=\"16\"");
        for (PreviewBlock b : blocks) {
            assertThat(b.endLine()).isGreaterThanOrEqualTo(b.startLine());
        }
    }

    @Test
    void theSameTextMapsEachLineToItself() {
        ShownLines map = ShownLines.between(WRITTEN, WRITTEN);
        for (int i = 0; i < 18; i++) {
            assertThat(map.writtenLine(i)).isEqualTo(i);
        }
        List<PreviewBlock> blocks = blocksOf(WRITTEN);
        assertThat(map.renumber(blocks)).isEqualTo(blocks);
    }

    @Test
    void linesMapInOrderAndWithinTheWrittenTextWhateverTheEdits() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<String> written = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                written.add("w" + random.nextInt(8));
            }
            List<String> shown = new ArrayList<>(written);
            boolean onlyDropped = random.nextBoolean();
            for (int e = random.nextInt(6); e > 0 && !shown.isEmpty(); e--) {
                if (onlyDropped) {
                    shown.remove(random.nextInt(shown.size()));
                    continue;
                }
                int at = random.nextInt(shown.size());
                switch (random.nextInt(3)) {
                    case 0 -> shown.remove(at);
                    case 1 -> shown.add(at, "new" + random.nextInt(3));
                    default -> shown.set(at, "changed");
                }
            }
            ShownLines map = ShownLines.between(String.join("\n", written), String.join("\n", shown));
            int previous = 0;
            for (int j = 0; j < shown.size(); j++) {
                int w = map.writtenLine(j);
                assertThat(w).as("round %d line %d", round, j).isBetween(previous, n - 1);
                if (onlyDropped) {
                    assertThat(written.get(w)).as("a line kept maps to an equal line").isEqualTo(shown.get(j));
                }
                previous = w;
            }
        }
    }
}
