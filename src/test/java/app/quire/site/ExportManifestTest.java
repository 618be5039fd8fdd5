package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's line reader accepts exactly the lines the earlier regex did. */
class ExportManifestTest {
    /** The pattern the manifest was read with before the hand-written reader. */
    private static final Pattern OLD = Pattern.compile(
            "^\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*\"([0-9a-zA-Z:._-]*)\",?\\s*$");

    @TempDir
    java.nio.file.Path temp;

    @Test
    void readsTheSameLinesAsTheRegex() {
        List<String> lines = List.of("\"a/index.html\": \"1f-00ab\",", "  \"b.html\" : \"s:12:34\"  ",
                "\"q\\\"uote\\\\d.html\": \"k\",", "\"x\": \"bad key!\",", "\"x\": \"k\" ,", "\"x\" \"k\",",
                "\"unterminated: \"k\"", "\"e\": \"\",", "}", "", "\"files\": {", "\"\\u0041.html\": \"k\"",
                "\"a\": \"k\",,", "\t\"tab\":\t\"k\"");
        for (String line : lines) {
            Map<String, String> expected = new TreeMap<>();
            Matcher m = OLD.matcher(line);
            if (m.matches()) {
                expected.put(m.group(1), m.group(2));
            }
            Map<String, String> actual = new TreeMap<>();
            ExportManifest.parseEntry(line, actual);
            assertThat(actual.values()).as(line).containsExactlyElementsOf(expected.values());
            assertThat(actual.size()).as(line).isEqualTo(expected.size());
        }
    }

    @Test
    void roundTripsPathsWithQuotesAndControlCharacters() throws Exception {
        Map<String, String> entries = new TreeMap<>(Map.of("plain/index.html", "1-abc", "we\"ird\\name.html",
                "s:1:2", "tab\there.html", "k"));
        ExportManifest.write(temp, entries);
        assertThat(ExportManifest.read(temp)).isEqualTo(entries);
    }
}
