package app.quire.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's GFM tables with a cheaper "is this paragraph a table?" test. flexmark's table pre-processor runs on
 * every paragraph and, as its first step, returns "not a table" when the paragraph's first line has no '|';
 * it finds that out with {@code BasedSequence.indexOf}, char by char through the sequence (~5 % of a C1 export of
 * long-line blog posts). Here the same test reads the source String directly; paragraphs that pass it go to
 * flexmark's pre-processor unchanged. Rendering, options and dependencies are flexmark's own
 * ({@link TablesExtension}). See docs/decisions/0142.
 * flexmark's pre-processor compiles a regular expression when made, once per document; here it is made once per
 * parser, when the first paragraph passes the test (it keeps nothing but its options, which are the parser's), and
 * the test reads the source's char array ({@link SourceChars}); see docs/decisions/0146.
 */
final class QuickTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = TablesExtension.create();

    private QuickTablesExtension() {
    }

    static QuickTablesExtension create() {
        return new QuickTablesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        // what TablesExtension.extend(Parser.Builder) registers, wrapped
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    /** flexmark's factory with its dependencies; its pre-processor behind the first-line test. */
    static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory flexmark;
        private ParagraphPreProcessor shared;

        Factory(ParagraphPreProcessorFactory flexmark) {
            this.flexmark = flexmark;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new Processor(this, state);
        }

        /**
         * flexmark's pre-processor, made on first use. It holds only its options (read from the document, whose
         * options at this stage are the parser's: a new {@code Document} gets a copy of them) and a compiled
         * pattern, so documents of the same parser, on any thread, can share it.
         */
        synchronized ParagraphPreProcessor flexmark(ParserState state) {
            if (shared == null) {
                shared = flexmark.apply(state);
            }
            return shared;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return flexmark.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return flexmark.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return flexmark.affectsGlobalScope();
        }
    }

    /** The test for one document, and flexmark's pre-processor for the paragraphs that pass it. */
    static final class Processor implements ParagraphPreProcessor {
        private final Factory factory;
        private final ParserState state;
        private final SourceChars source;
        private ParagraphPreProcessor processor;

        Processor(Factory factory, ParserState state) {
            this.factory = factory;
            this.state = state;
            source = state.getProperties() instanceof Document document
                    ? SourceChars.of(document, document.getChars()) : null;
        }

        @Override
        public int preProcessBlock(Paragraph paragraph, ParserState parserState) {
            if (!mayBeTable(paragraph, source)) {
                return 0;
            }
            if (processor == null) {
                processor = factory.flexmark(state);
            }
            return processor.preProcessBlock(paragraph, parserState);
        }
    }

    /** False only when flexmark's pre-processor would return 0 at once: the first line has no '|'. */
    static boolean mayBeTable(Paragraph paragraph, SourceChars source) {
        List<BasedSequence> lines = paragraph.getContentLines();
        if (lines.isEmpty()) {
            return true;
        }
        BasedSequence first = lines.get(0);
        if (source != null && source.isSliceOf(first)) {
            char[] chars = source.chars();
            for (int i = first.getStartOffset(), end = first.getEndOffset(); i < end; i++) {
                if (chars[i] == '|') {
                    return true;
                }
            }
            return false;
        }
        if (!(first instanceof SubSequence) || !(first.getBase() instanceof String text)) {
            return first.indexOf('|') >= 0;
        }
        for (int i = first.getStartOffset(), end = first.getEndOffset(); i < end; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }
}
