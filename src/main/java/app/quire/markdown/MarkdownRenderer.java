package app.quire.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one Markdown pipeline, built once and shared by the preview and the export (flexmark's Parser and
 * HtmlRenderer are thread-safe, so this class is too). CommonMark plus GFM tables, strikethrough, task lists,
 * autolinks, footnotes; heading ids (no anchor links); raw HTML passes through.
 * The target is chosen per parsed document (see {@link RenderKeys}), never by a second pipeline:
 * export = clean HTML; preview = one {@link PreviewBlock} per top-level block with line attributes,
 * resolved link targets and sanitised raw HTML. See docs/decisions/0020, and 0140-0144 for the speed-ups (same
 * output).
 */
public final class MarkdownRenderer {
    private static final System.Logger LOG = System.getLogger(MarkdownRenderer.class.getName());
    private static final MarkdownRenderer SHARED = new MarkdownRenderer(false);

    private final DataHolder options;
    private final Parser parser;
    private final HtmlRenderer renderer;
    /** The export target's direct writer (decision 0145); null in the legacy set-up. */
    private final ExportHtmlWriter exportWriter;

    /**
     * @param legacy the set-up before docs/decisions/0140-0142 (flexmark's autolinker on every text node, tracked
     *     document lines, flexmark's inline parser, table test and text rendering) and 0145 (export HTML by
     *     flexmark's renderer): same output, slower. Only for benchmarks and equivalence tests (decision 0143).
     */
    MarkdownRenderer(boolean legacy) {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(legacy ? TablesExtension.create() : QuickTablesExtension.create(),
                StrikethroughExtension.create(), TaskListExtension.create(),
                legacy ? AutolinkExtension.create() : QuickAutolinkExtension.create(), FootnoteExtension.create()));
        // line numbers come from LineIndex, which finds the lines itself (0140)
        o.set(Parser.TRACK_DOCUMENT_LINES, legacy);
        o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        o.set(HtmlRenderer.RENDER_HEADER_ID, true);
        o.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        // GFM-style tables: no header-less or multi-header quirks beyond GitHub's
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        o.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // headings by QuickHeadingFactory, flexmark's factory without its quadratic paragraph look-up (0183)
        o.set(Parser.HEADING_PARSER, legacy);
        // lists by DeepListGuard, flexmark's factory with a nesting limit (0184)
        o.set(Parser.LIST_BLOCK_PARSER, legacy);
        options = o.toImmutable();
        Parser.Builder parserBuilder = Parser.builder(options);
        if (!legacy) {
            QuickMatchInlineParser.install(parserBuilder, options);
            QuickHeadingFactory.install(parserBuilder);
            DeepListGuard.install(parserBuilder);
        }
        parser = parserBuilder.build();
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options);
        builder.htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new HeadingIds(options);
            }

            @Override
            public HtmlIdGenerator create() {
                return new HeadingIds(options);
            }
        });
        PreviewNodeRenderer previewRenderer = new PreviewNodeRenderer();
        builder.nodeRendererFactory(opts -> previewRenderer);
        if (!legacy) {
            QuickTextRenderer textRenderer = new QuickTextRenderer();
            builder.nodeRendererFactory(opts -> textRenderer);
            QuickImageRenderer imageRenderer = new QuickImageRenderer();
            builder.nodeRendererFactory(opts -> imageRenderer);
        }
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new LineAttributeProvider(context.getDocument());
            }
        });
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new PreviewLinkResolver(context);
            }
        });
        renderer = builder.build();
        exportWriter = legacy ? null : new ExportHtmlWriter(options, renderer.getOptions());
    }

    public static MarkdownRenderer shared() {
        return SHARED;
    }

    /**
     * Export target: clean HTML of a Markdown body. A YAML front matter block at the very start is skipped.
     * Written by {@link ExportHtmlWriter}; a document it does not reproduce goes to flexmark's renderer (0145).
     */
    public String toHtml(String markdown) {
        return renderExport(parseExport(markdown));
    }

    /**
     * As {@link #toHtml(String)}, with each raw HTML node the filter does not keep written as
     * {@link RawHtml#OMITTED} (Hugo's goldmark without {@code unsafe}, decision 0235). Null keeps all.
     */
    public String toHtml(String markdown, RawHtml.Filter filter) {
        if (filter == null) {
            return toHtml(markdown);
        }
        Document doc = parseExport(markdown);
        doc.set(RenderKeys.RAW_HTML_FILTER, filter);
        doc.set(RenderKeys.RAW_HTML_SHIFT, FrontMatterStripper.frontMatterLength(markdown));
        return renderExport(doc);
    }

    /** The export parse of {@link #toHtml}: front matter skipped. */
    Document parseExport(String markdown) {
        int skip = FrontMatterStripper.frontMatterLength(markdown);
        Document doc = parse(skip == 0 ? markdown : markdown.substring(skip));
        logFlattened(doc);
        return doc;
    }

    /** The export render of {@link #toHtml}: the direct writer, or flexmark's renderer when it gives up. */
    String renderExport(Document doc) {
        String out = deep(() -> {
            String html = exportWriter == null ? null : exportWriter.render(doc);
            return html != null ? html : renderer.render(doc);
        });
        if (out == null) {
            throw new IllegalStateException("the text is nested too deeply to render (block quotes or lists "
                    + "inside each other thousands of times over)");
        }
        return out;
    }

    /** The export HTML by flexmark's renderer only: the reference for {@link ExportHtmlWriter} (tests, bench). */
    String renderExportByFlexmark(Document doc) {
        return renderer.render(doc);
    }

    /** The export HTML by the direct writer only; null when it would leave the document to flexmark. */
    String renderExportDirect(Document doc) {
        return exportWriter == null ? null : exportWriter.render(doc);
    }

    /**
     * Preview target: one entry per top-level block with its source lines. Link reference definitions render
     * nothing and get no entry. The text is taken as a body: front matter must already be cut off.
     *
     * @param lineOffset added to every line number (the body's first line in the whole file)
     */
    public List<PreviewBlock> toPreviewBlocks(String markdown, int lineOffset, RenderContext context) {
        List<RenderedBlock> rendered = renderPreview(markdown, lineOffset, context, false, null).blocks();
        List<PreviewBlock> blocks = new ArrayList<>(rendered.size());
        for (RenderedBlock b : rendered) {
            blocks.add(b.block());
        }
        return blocks;
    }

    /** A preview render and the parsed document (for the incremental preview's bookkeeping). */
    record PreviewRender(Document document, List<RenderedBlock> blocks) {
    }

    /**
     * Stack for a render that overflowed the caller's: flexmark's HTML renderer recurses per nesting
     * level, so 2,000 nested block quotes (a 2 KB post) overflow a normal thread (decision 0176, part 2).
     */
    static final long DEEP_STACK_BYTES = 512L * 1024 * 1024;

    /** The deep stack's size: {@link #DEEP_STACK_BYTES}, smaller in tests that need it to overflow too. */
    static volatile long deepStackBytes = DEEP_STACK_BYTES;

    /**
     * Renders a parsed document for the preview (see {@link #deep}). A document nested deeper than even the deep
     * stack allows (a post of megabytes of '>') is shown as its escaped source with a note: the preview never dies.
     */
    private String renderNested(Document doc) {
        String html = deep(() -> renderer.render(doc));
        if (html != null) {
            return html;
        }
        doc.set(RenderKeys.PREVIEW_NODES, List.of(doc));
        return PreviewNodeRenderer.BLOCK_MARK + "\n<p class=\"quire-too-deep\"><em>This text is nested too deeply "
                + "to preview; it is shown as written.</em></p>\n<pre><code>"
                + escape(doc.getChars().toString()) + "</code></pre>\n" + PreviewNodeRenderer.BLOCK_MARK + "\n";
    }

    /**
     * Runs a parse or render; on a StackOverflowError runs it again on a thread with a {@link #DEEP_STACK_BYTES}
     * stack (reserved, committed only as used). Null when that overflows too.
     */
    private static <T> T deep(Supplier<T> render) {
        try {
            return render.get();
        } catch (StackOverflowError overflow) {
            LOG.log(System.Logger.Level.DEBUG, "parse or render too deep for this thread; using a deep stack");
        }
        List<T> result = new ArrayList<>(1);
        RuntimeException[] failure = new RuntimeException[1];
        Thread thread = new Thread(null, () -> {
            try {
                result.add(render.get());
            } catch (StackOverflowError e) {
                LOG.log(System.Logger.Level.DEBUG, "parse or render too deep even for a deep stack");
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "quire-deep-render", deepStackBytes);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result.isEmpty() ? null : result.get(0);
    }

    /** The note on a preview block that holds list lines nested too deeply to be lists (decision 0184). */
    static final String FLATTENED_NOTE = "Lists nested more than " + DeepListGuard.MAX_DEPTH
            + " levels deep are shown as text from there on; your text is kept as written.";

    /** A block's HTML with {@link #FLATTENED_NOTE} as the last child of its root element. */
    private static String withFlattenedNote(String html) {
        int close = html.lastIndexOf("</");
        if (close < 0) {
            return html;
        }
        String tag = html.startsWith("<ul") || html.startsWith("<ol") ? "li" : "p";
        return html.substring(0, close) + "<" + tag + " class=\"quire-too-deep\"><em>" + FLATTENED_NOTE + "</em></"
                + tag + ">\n" + html.substring(close);
    }

    /** Says in the log that an exported text had lists too deep to be lists (the export has no other channel). */
    private static void logFlattened(Document doc) {
        DeepListGuard.Flattened flattened = DeepListGuard.FLATTENED.get(doc);
        if (flattened != null) {
            LOG.log(System.Logger.Level.WARNING, "lists nested more than {0} levels deep: {1} line(s) exported as "
                    + "text of the deepest item", DeepListGuard.MAX_DEPTH, flattened.size());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Parses on a deep stack when the caller's overflows: Java's regular expressions recurse once per character
     * of a link title, so a title of some thousand characters (or {@code [a](b (} repeated, an unclosed title
     * read to the paragraph's end) overflowed a normal thread (decision 0185).
     */
    private Document parse(String markdown) {
        Document doc = deep(() -> parser.parse(markdown));
        if (doc == null) {
            throw new IllegalStateException("the text is nested too deeply or has a link title too long to parse");
        }
        return doc;
    }

    PreviewRender renderPreview(String markdown, int lineBase, RenderContext context, boolean omitRawHtml,
            Map<String, Integer> seeds) {
        Document doc = parse(markdown);
        doc.set(RenderKeys.PREVIEW, true);
        doc.set(RenderKeys.OMIT_RAW_HTML, omitRawHtml);
        doc.set(RenderKeys.CONTEXT, context == null ? RenderContext.NONE : context);
        doc.set(RenderKeys.LINE_BASE, lineBase);
        if (seeds != null) {
            doc.set(RenderKeys.HEADING_SEEDS, seeds);
        }
        LineIndex lines = new LineIndex(doc);
        doc.set(RenderKeys.LINES, lines);
        String html = renderNested(doc);
        List<Node> nodes = RenderKeys.PREVIEW_NODES.get(doc);
        List<RenderedBlock> blocks = new ArrayList<>(nodes.size());
        HeadingIds ids = new HeadingIds(options);
        DeepListGuard.Flattened flattened = DeepListGuard.FLATTENED.get(doc);
        int from = html.indexOf(PreviewNodeRenderer.BLOCK_MARK) + PreviewNodeRenderer.BLOCK_MARK.length();
        for (Node node : nodes) {
            int to = html.indexOf(PreviewNodeRenderer.BLOCK_MARK, from);
            String text = html.substring(from, to).strip();
            from = to + PreviewNodeRenderer.BLOCK_MARK.length();
            int start = lines.startLine(node);
            Node prev = node.getPrevious();
            boolean fresh = prev == null || lines.endLine(prev) < start - 1
                    || !(prev instanceof Reference || prev instanceof TableBlock || node instanceof TableBlock);
            if (flattened != null && flattened.anyIn(node.getStartOffset(), node.getEndOffset())) {
                text = withFlattenedNote(text);
            }
            blocks.add(new RenderedBlock(new PreviewBlock(start + lineBase, lines.endLine(node) + lineBase, text),
                    ids.basesIn(node), fresh));
        }
        return new PreviewRender(doc, AttributeMarks.applyInPreview(blocks));
    }
}
