package app.quire.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Markdown pipeline, built once and shared by the preview and the export.
 * SKELETON: the markdown/ work completes it (site-root paths, spec test, incremental preview); keep these signatures.
 */
public final class MarkdownRenderer {
    private static final MarkdownRenderer SHARED = new MarkdownRenderer();

    private final Parser parser;
    private final HtmlRenderer renderer;

    private MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()));
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public static MarkdownRenderer shared() {
        return SHARED;
    }

    /** Export target: clean HTML of a Markdown body. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * Preview target: one entry per top-level block with its source lines.
     *
     * @param lineOffset added to every line number (the body's first line in the whole file)
     */
    public List<PreviewBlock> toPreviewBlocks(String markdown, int lineOffset, RenderContext context) {
        Document doc = parser.parse(markdown);
        List<PreviewBlock> blocks = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(new PreviewBlock(n.getStartLineNumber() + lineOffset, n.getEndLineNumber() + lineOffset,
                    renderer.render(n)));
        }
        return blocks;
    }
}
