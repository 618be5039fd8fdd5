package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The export and preview HTML must not change when the pipeline is made faster. {@code golden/checksums.txt}
 * holds, per case, a SHA-256 prefix (16 hex digits) of the export HTML or of the preview blocks and one of the
 * input, for every Markdown fixture under src/test/resources (as written, with CRLF and with lone CR line ends),
 * every CommonMark spec example and a set of generated link-heavy documents. The output sums were written once
 * from the pipeline before the speed work (docs/decisions/0144). Fixtures added or edited later (input sum
 * differs) are skipped, so other work on fixtures does not break this test. On a mismatch the actual output is
 * written to target/golden-actual/ for diffing.
 * To rewrite the list after a deliberate output change:
 * {@code mvn -B test -Dtest=GoldenOutputTest -Dquire.golden.write=src/test/resources/app/quire/markdown/golden/checksums.txt}
 */
class GoldenOutputTest {
    private static final String CHECKSUMS = "golden/checksums.txt";

    @Test
    void exportAndPreviewOutputIsUnchanged() throws Exception {
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : cases().entrySet()) {
            String in = checksum(c.getValue());
            inputs.put("export " + c.getKey(), in);
            inputs.put("preview " + c.getKey(), in);
            outputs.put("export " + c.getKey(), MarkdownRenderer.shared().toHtml(c.getValue()));
            outputs.put("preview " + c.getKey(), previewText(c.getValue()));
        }

        String write = System.getProperty("quire.golden.write");
        if (write != null && !write.isBlank()) {
            StringBuilder sb = new StringBuilder();
            outputs.forEach((key, html) -> sb.append(checksum(html)).append(' ').append(inputs.get(key)).append(' ')
                    .append(key).append('\n'));
            Files.writeString(Path.of(write), sb, StandardCharsets.UTF_8);
        }

        // a fixture added or edited since the list was written (e.g. by other work) has no expected output
        Map<String, String[]> expected = expected();
        List<String> changed = new ArrayList<>();
        int compared = 0;
        Path dump = Path.of("target", "golden-actual");
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            String[] sums = expected.get(e.getKey());
            if (sums == null || !sums[1].equals(inputs.get(e.getKey()))) {
                continue;
            }
            compared++;
            if (!sums[0].equals(checksum(e.getValue()))) {
                changed.add(e.getKey());
                Files.createDirectories(dump);
                Files.writeString(dump.resolve(e.getKey().replaceAll("[^A-Za-z0-9.-]+", "_") + ".html"),
                        e.getValue(), StandardCharsets.UTF_8);
            }
        }
        assertThat(changed).as("outputs that differ from golden/checksums.txt (see target/golden-actual)")
                .isEmpty();
        assertThat(compared).as("cases compared").isGreaterThan(expected.size() * 9 / 10);
        assertThat(expected.keySet().stream().filter(k -> !k.contains("fixture")))
                .as("spec and generated cases").allMatch(outputs::containsKey);
    }

    /** The preview blocks of a text, front matter cut off as the preview session does, in one string. */
    static String previewText(String text) {
        int skip = FrontMatterStripper.frontMatterLength(text);
        StringBuilder sb = new StringBuilder();
        for (PreviewBlock b : MarkdownRenderer.shared().toPreviewBlocks(text.substring(skip), 0, RenderContext.NONE)) {
            sb.append(b.startLine()).append('-').append(b.endLine()).append('\n').append(b.html()).append('\n');
        }
        return sb.toString();
    }

    /** Every case by name, in a stable order. */
    static Map<String, String> cases() throws IOException, URISyntaxException {
        Map<String, String> cases = new LinkedHashMap<>();
        Path root = Path.of(GoldenOutputTest.class.getResource("/app/quire/markdown/seed-post.md").toURI())
                .getParent().getParent().getParent().getParent();
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(root)) {
            fixtures = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : fixtures) {
            String name = root.relativize(p).toString().replace('\\', '/');
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            String lf = text.replace("\r\n", "\n").replace('\r', '\n');
            cases.put("fixture " + name, text);
            cases.put("fixture-crlf " + name, lf.replace("\n", "\r\n"));
            cases.put("fixture-cr " + name, lf.replace('\n', '\r'));
        }
        for (CommonMarkSpecTest.Example e : CommonMarkSpecTest.examples()) {
            cases.put("spec " + e.number(), e.markdown());
        }
        for (int seed = 1; seed <= 60; seed++) {
            cases.put("generated " + seed, LinkyMarkdown.document(seed, 2500));
        }
        return cases;
    }

    /** Case name to {output checksum, input checksum}. */
    private static Map<String, String[]> expected() throws IOException {
        Map<String, String[]> expected = new LinkedHashMap<>();
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream(CHECKSUMS)) {
            assertThat(in).as(CHECKSUMS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split(" ", 3);
                    expected.put(parts[2], new String[] {parts[0], parts[1]});
                }
            }
        }
        return expected;
    }

    static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
