package app.quire.markdown;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Preview only: puts each top-level block's source lines (0-based, inclusive, lines of the whole file) on its
 * root element as {@code data-line-start} / {@code data-line-end}. Uses {@link LineIndex} for O(log n) line
 * numbers.
 */
final class LineAttributeProvider implements AttributeProvider {
    private final boolean preview;
    private final int base;
    private final LineIndex lines;

    LineAttributeProvider(Document document) {
        preview = RenderKeys.PREVIEW.get(document);
        base = RenderKeys.LINE_BASE.get(document);
        LineIndex known = RenderKeys.LINES.get(document);
        lines = known != null || !preview ? known : new LineIndex(document);
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (preview && part == AttributablePart.NODE && node.getParent() instanceof Document
                && !(node instanceof Reference)) {
            attributes.replaceValue(PreviewBlock.START_ATTR, String.valueOf(lines.startLine(node) + base));
            attributes.replaceValue(PreviewBlock.END_ATTR, String.valueOf(lines.endLine(node) + base));
        }
    }
}
