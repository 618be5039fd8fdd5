package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scratch: lists cases where the direct writer differs from flexmark. */
class ExportHtmlWriterTest {
    private final MarkdownRenderer renderer = MarkdownRenderer.shared();

    @Test
    void sameAsFlexmarkForEveryGoldenCase() throws Exception {
        List<String> differ = new ArrayList<>();
        int direct = 0;
        int total = 0;
        for (Map.Entry<String, String> c : GoldenOutputTest.cases().entrySet()) {
            total++;
            String expected = renderer.toHtmlByFlexmark(c.getValue());
            String actual = renderer.toHtmlDirect(c.getValue());
            if (actual == null) { System.out.println("fallback " + c.getKey());
                continue;
            }
            direct++;
            if (!actual.equals(expected)) {
                differ.add(c.getKey());
                if (differ.size() < 6) {
                    System.out.println("=== " + c.getKey() + "\n--- input\n" + c.getValue() + "\n--- flexmark\n" + expected + "\n--- direct\n" + actual);
                }
            }
        }
        System.out.println("direct " + direct + "/" + total + " differ " + differ);
        assertThat(differ).isEmpty();
    }
}
