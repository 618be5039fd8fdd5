package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of the CommonMark spec 0.31.2 through the export pipeline and checks the pass rate stays
 * above the measured floor. Deliberate deviations (GFM extensions, heading ids) are described in
 * docs/commonmark-conformance.md.
 */
class CommonMarkSpecTest {
    /** Measured 621/652 = 95.2% (2026-11-27); the floor sits a little below so real regressions fail. */
    static final double FLOOR = 0.945;

    private static final String FENCE = "````````````````````````````````";
    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]) id=\"[^\"]*\"");

    record Example(int number, String section, String markdown, String html) {
    }

    static List<Example> examples() throws IOException {
        String spec;
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/spec.txt")) {
            assertThat(in).as("spec.txt from commonmark-test-util").isNotNull();
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String section = "";
        StringBuilder markdown = null;
        StringBuilder html = null;
        boolean inHtml = false;
        for (String line : spec.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith(FENCE + " example")) {
                    markdown = new StringBuilder();
                    html = new StringBuilder();
                    inHtml = false;
                } else if (line.matches("#{1,6} .*")) {
                    section = line.replaceFirst("#+ ", "");
                }
            } else if (line.equals(FENCE)) {
                examples.add(new Example(examples.size() + 1, section,
                        markdown.toString().replace('\u2192', '\t'), html.toString().replace('\u2192', '\t')));
                markdown = null;
            } else if (!inHtml && line.equals(".")) {
                inHtml = true;
            } else {
                (inHtml ? html : markdown).append(line).append('\n');
            }
        }
        return examples;
    }

    /** Ignores what the spec's own test harness ignores: whitespace between tags, a final newline. */
    static String normalise(String html) {
        String s = html.replace("\r\n", "\n").strip();
        s = s.replaceAll(">\\s*\\n\\s*<", "><");
        s = HEADING_ID.matcher(s).replaceAll("$1");
        return s;
    }

    @Test
    void passRateOfTheSpecExamples() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSize(652);
        MarkdownRenderer renderer = MarkdownRenderer.shared();
        Map<String, int[]> bySection = new TreeMap<>();
        List<Integer> failed = new ArrayList<>();
        for (Example e : examples) {
            boolean ok = normalise(renderer.toHtml(e.markdown())).equals(normalise(e.html()));
            int[] counts = bySection.computeIfAbsent(e.section(), k -> new int[2]);
            counts[ok ? 0 : 1]++;
            if (!ok) {
                failed.add(e.number());
            }
        }
        double rate = 1.0 - (double) failed.size() / examples.size();
        StringBuilder report = new StringBuilder(String.format("CommonMark 0.31.2: %d/%d passed (%.1f%%)%n",
                examples.size() - failed.size(), examples.size(), rate * 100));
        bySection.forEach((section, c) -> {
            if (c[1] > 0) {
                report.append(String.format("  %-40s %3d failed of %3d%n", section, c[1], c[0] + c[1]));
            }
        });
        report.append("  failing examples: ").append(failed).append('\n');
        System.getLogger(CommonMarkSpecTest.class.getName()).log(System.Logger.Level.INFO, report.toString());
        System.out.print(report);
        assertThat(rate).as(report.toString()).isGreaterThanOrEqualTo(FLOOR);
    }
}
