package app.quire.markdown;

import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Map;

/**
 * Per-document settings that pick the render target. The pipeline is built once; a parsed document carries
 * these keys so the shared attribute provider, link resolver and node renderers know what to do for it.
 */
final class RenderKeys {
    private RenderKeys() {
    }

    /** True for the preview target (line attributes, resolved links, sanitised HTML, one entry per block). */
    static final DataKey<Boolean> PREVIEW = new DataKey<>("QUIRE_PREVIEW", false);
    /** Where the post lives; only read for the preview. */
    static final DataKey<RenderContext> CONTEXT = new DataKey<>("QUIRE_CONTEXT", RenderContext.NONE);
    /** Added to every parsed line number: body line in the file plus the slice's first line. */
    static final DataKey<Integer> LINE_BASE = new DataKey<>("QUIRE_LINE_BASE", 0);
    /** Heading base ids already used before this text (for slices of a larger document). */
    static final NullableDataKey<Map<String, Integer>> HEADING_SEEDS = new NullableDataKey<>("QUIRE_HEADING_SEEDS");
    /** Fast node line numbers for the preview render. */
    static final NullableDataKey<LineIndex> LINES = new NullableDataKey<>("QUIRE_LINES");
    /** Filled by the preview render: the top-level nodes that became blocks, in order. */
    static final NullableDataKey<List<Node>> PREVIEW_NODES = new NullableDataKey<>("QUIRE_PREVIEW_NODES");
    /** Export: which raw HTML stays; null keeps all of it (see {@link RawHtml}). */
    static final NullableDataKey<RawHtml.Filter> RAW_HTML_FILTER = new NullableDataKey<>("QUIRE_RAW_HTML_FILTER");
    /** Offset added to a node's offsets before they go to the filter (front matter cut off before parsing). */
    static final DataKey<Integer> RAW_HTML_SHIFT = new DataKey<>("QUIRE_RAW_HTML_SHIFT", 0);
    /** Preview: raw HTML the export leaves out is shown as a marker (see {@link RawHtml}). */
    static final DataKey<Boolean> OMIT_RAW_HTML = new DataKey<>("QUIRE_OMIT_RAW_HTML", false);
    /** Preview: names of the open elements Quire itself wrote (data-quire), for their closing tags. */
    static final NullableDataKey<java.util.Deque<String>> QUIRE_OPEN = new NullableDataKey<>("QUIRE_OPEN_ELEMENTS");
}
