package app.quire.markdown;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Preview only: puts each top-level block's source lines (0-based, inclusive, lines of the whole file) on its
 * root element as {@code data-line-start} / {@code data-line-end}. Relies on {@code TRACK_DOCUMENT_LINES}
 * for O(log n) line numbers.
 */
final class LineAttributeProvider implements AttributeProvider {
    private final boolean preview;
    private final int base;

    LineAttributeProvider(Document document) {
        preview = RenderKeys.PREVIEW.get(document);
        base = RenderKeys.LINE_BASE.get(document);
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (preview && part == AttributablePart.NODE && node.getParent() instanceof Document
                && !(node instanceof Reference)) {
            attributes.replaceValue(PreviewBlock.START_ATTR, String.valueOf(node.getStartLineNumber() + base));
            attributes.replaceValue(PreviewBlock.END_ATTR, String.valueOf(node.getEndLineNumber() + base));
        }
    }
}
