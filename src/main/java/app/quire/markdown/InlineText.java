package app.quire.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.List;

/**
 * An image's alt text as flexmark 0.64.8's {@code TextCollectingVisitor} collects it, made in linear time for the
 * image whose content is one text node (docs/decisions/0201). flexmark's collector un-escapes the text node into
 * a segmented sequence and appends its segments to a segment builder; that builder grows its array by one segment
 * per segment added, so an alt text with n escapes cost n². One text node appended to the collector's empty
 * builder gives that node's characters un-escaped, which {@link AutolinkLiteral} makes on a String (as
 * {@link HeadingIds} does for a heading of one text node).
 * <p>
 * Any other alt text goes to {@link CollectedText} (flexmark's own steps with room made in its builders, decision
 * 0243), because its text depends on the builder's internals: a
 * decoded entity is text, not a piece of the source, and the builder then folds the source between it and the
 * next piece in ({@code ![*a* &amp;amp; x\.](/i)} has the alt text {@code a &amp;amp; x.}); a piece that starts
 * where the previous one ends takes in the source up to its first character ({@code ![}, a line break, then
 * {@code \.\.](/i)} keeps the first backslash); a hard line break keeps its spaces. Reproducing that on Strings
 * would mean copying the builder. Same text as flexmark's collector: {@code InlineTextTest}.
 */
final class InlineText {
    /** Subtrees whose characters are shorter than this are left to flexmark's collector (tests set 0). */
    static int minLength = 200;

    private InlineText() {
    }

    /**
     * An image's (or image reference's) alt text: {@code new TextCollectingVisitor().collectAndGetText(node)}. A
     * long alt text that is not one text node (markup, entities) is collected by {@link CollectedText}, which
     * runs flexmark's own steps in linear time (decision 0243).
     */
    static String alt(Node image) {
        if (image.getChars().length() < minLength) {
            return new TextCollectingVisitor().collectAndGetText(image);
        }
        String text = collect(image);
        return text != null ? text : CollectedText.of(image, 0);
    }

    /**
     * The text flexmark's collector gives {@code image} with flags 0 when the image holds one text node whose
     * un-escaping decodes no entity (only backslash escapes lose their backslash), else null.
     */
    static String collect(Node image) {
        Class<?> type = image.getClass();
        if (type != Image.class && type != ImageRef.class || image.isOrDescendantOfType(DoNotCollectText.class)) {
            return null;
        }
        Node child = image.getFirstChild();
        if (child == null || child != image.getLastChild() || child.getClass() != Text.class
                || AutolinkLiteral.decodesEntity(child.getChars())) {
            return null;
        }
        return AutolinkLiteral.of(child.getChars(), List.of(), false);
    }
}
