package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class LineIndexTest {
    private final Parser parser = Parser.builder(new MutableDataSet().set(Parser.TRACK_DOCUMENT_LINES, true))
            .build();

    @Test
    void agreesWithFlexmarkForEveryNode() throws IOException {
        String seed = MarkdownRendererTest.seedPost();
        for (String text : new String[] {seed, seed.replace("\n", "\r\n"), seed.replace("\n", "\r"), "", "x",
            "a\n\n\n", "\n\n# h\n", "- a\n  - b\n\n> q\n> r\n\n```\nc\n```"}) {
            Document doc = parser.parse(text);
            LineIndex index = new LineIndex(doc);
            Deque<Node> stack = new ArrayDeque<>();
            stack.push(doc);
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                assertThat(index.startLine(n)).as("start of %s", n).isEqualTo(n.getStartLineNumber());
                assertThat(index.endLine(n)).as("end of %s", n).isEqualTo(n.getEndLineNumber());
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    stack.push(c);
                }
            }
        }
    }
}
