package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link LineIndex} finds lines in the characters itself; it must agree with flexmark's own line numbers over the
 * lines {@code TRACK_DOCUMENT_LINES} records, for every node, with every kind of line end.
 */
class LineIndexTest {
    private final Parser tracking = Parser.builder(new MutableDataSet().set(Parser.TRACK_DOCUMENT_LINES, true))
            .build();
    private final Parser plain = Parser.builder(new MutableDataSet()).build();

    @Test
    void agreesWithFlexmarkForEveryNode() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", "x", "\n", "\r", "\r\n", "\n\r", "a\n\n\n", "\n\n# h\n",
                "- a\n  - b\n\n> q\n> r\n\n```\nc\n```", "a\r\rb\r\n\r\nc\n\rd", "\ufeffa\nb", "a\u0000b\nc"));
        texts.addAll(GoldenOutputTest.cases().values());
        for (String text : texts) {
            assertAgrees(text);
        }
    }

    @Property(tries = 300)
    void agreesOnArbitraryText(@ForAll @StringLength(max = 300) @Chars({'\n', '\r', ' ', '#', '-', '>', '`', '*',
        '|', '[', ']', ':', '1', '.'}) @CharRange(from = 'a', to = 'c') String text) {
        assertAgrees(text);
    }

    private void assertAgrees(String text) {
        Document reference = tracking.parse(text);
        Document doc = plain.parse(text);
        assertThat(doc.getContentLines()).as("plain parse tracks no lines").isEmpty();
        LineIndex index = new LineIndex(doc);
        Deque<Node> refs = new ArrayDeque<>();
        Deque<Node> nodes = new ArrayDeque<>();
        refs.push(reference);
        nodes.push(doc);
        while (!refs.isEmpty()) {
            Node r = refs.pop();
            Node n = nodes.pop();
            assertThat(n.getClass()).isEqualTo(r.getClass());
            assertThat(index.startLine(n)).as("start of %s in %s", n, text).isEqualTo(r.getStartLineNumber());
            assertThat(index.endLine(n)).as("end of %s in %s", n, text).isEqualTo(r.getEndLineNumber());
            Node c = n.getFirstChild();
            for (Node rc = r.getFirstChild(); rc != null; rc = rc.getNext(), c = c.getNext()) {
                refs.push(rc);
                nodes.push(c);
            }
            assertThat(c).isNull();
        }
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(index.lineOf(offset)).as("line of %d in %s", offset, text)
                    .isEqualTo(reference.getLineNumber(offset));
        }
    }
}
