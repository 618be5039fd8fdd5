package app.quire.markdown;

import com.vladsch.flexmark.util.ast.Document;

/**
 * The export pipeline's parse and its two render paths, for the render-only benchmark
 * ({@code app.quire.bench.ExportWriterBench}): flexmark's renderer and the direct writer (decision 0145).
 */
public final class ExportRenderPaths {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.shared();

    private ExportRenderPaths() {
    }

    /** The export parse of a body (front matter skipped). */
    public static Document parse(String markdown) {
        return RENDERER.parseExport(markdown);
    }

    /** flexmark's HtmlRenderer, as configured by the pipeline. */
    public static String byFlexmark(Document doc) {
        return RENDERER.renderExportByFlexmark(doc);
    }

    /** What {@code toHtml} renders with: the direct writer, flexmark when it gives up. */
    public static String byExportPath(Document doc) {
        return RENDERER.renderExport(doc);
    }

    /** The direct writer alone: null when it would give the document to flexmark. */
    public static String direct(Document doc) {
        return RENDERER.renderExportDirect(doc);
    }
}
