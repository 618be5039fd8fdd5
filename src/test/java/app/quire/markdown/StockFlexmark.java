package app.quire.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * flexmark as it comes: the extensions and options of {@link MarkdownRenderer}, none of Quire's replacement
 * pieces (inline parser, heading and list factories), for tests that compare Quire's output with it.
 */
final class StockFlexmark {
    static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()))
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    static final Parser PARSER = Parser.builder(OPTIONS).build();
    static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    private StockFlexmark() {
    }
}
