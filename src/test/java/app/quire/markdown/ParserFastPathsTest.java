package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The parser fast paths of docs/decisions/0146-0147 outside what the equivalence tests compare. */
class ParserFastPathsTest {
    @Test
    void sourceCharsAreMadeOncePerDocumentAndOnlyReadPlainSlices() {
        Document doc = LegacyPipeline.parserOf(MarkdownRenderer.shared()).parse("a | b\n\nsome *text* here");
        SourceChars source = SourceChars.of(doc, doc.getChars());
        assertThat(source).isNotNull().isSameAs(SourceChars.of(doc, doc.getChars()));
        assertThat(new String(source.chars())).isEqualTo("a | b\n\nsome *text* here");
        assertThat(source.isSliceOf(doc.getChars().subSequence(7, 11))).isTrue();
        assertThat(source.isSliceOf(BasedSequence.of("some"))).as("another text").isFalse();
        assertThat(source.isSliceOf(doc.getChars().subSequence(0, 1).append(doc.getChars().subSequence(7, 8))))
                .as("segmented").isFalse();
    }

    @Test
    void sharedTableProcessorGivesTheSameHtmlOnManyThreads() {
        MarkdownRenderer renderer = MarkdownRenderer.shared();
        List<String> docs = IntStream.range(0, 64).mapToObj(i -> "| h" + i + " | x |\n|---|:-:|\n| c | "
                + "https://example.invalid/" + i + " |\n\ntext www.example.invalid " + i + "\n\n"
                + LinkyMarkdown.document(i, 400)).toList();
        List<String> sequential = docs.stream().map(renderer::toHtml).toList();
        for (int round = 0; round < 3; round++) {
            assertThat(docs.parallelStream().map(renderer::toHtml).toList()).isEqualTo(sequential);
        }
        assertThat(sequential.get(5)).contains("<table>").contains("<a href=\"https://example.invalid/5\">");
    }
}
