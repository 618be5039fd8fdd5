package app.quire.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Plain text nodes, both targets. flexmark renders a text node as
 * {@code html.text(Escaping.normalizeEOL(chars.unescape()))}: a regex search for escapes, a char-by-char copy of
 * the node's characters and another copy to normalise line ends. When the text holds no '\\', '&' or '\r' both
 * steps return the characters unchanged, so this passes them (one substring of the source) straight to
 * {@code html.text}; anything else goes to flexmark's renderer. See docs/decisions/0142.
 */
final class QuickTextRenderer implements NodeRenderer {
    /** Stateless: one instance serves every render. */
    private final Set<NodeRenderingHandler<?>> handlers = Set.of(new NodeRenderingHandler<>(Text.class, this::render));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String plain = plainText(node.getChars());
        if (plain == null) {
            context.delegateRender();
        } else {
            html.text(plain);
        }
    }

    /** The characters as a String if nothing in them needs unescaping or line-end normalising, else null. */
    static String plainText(BasedSequence chars) {
        if (!(chars instanceof SubSequence) || !(chars.getBase() instanceof String base)) {
            return null;
        }
        String s = base.substring(chars.getStartOffset(), chars.getEndOffset());
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 && s.indexOf('\r') < 0 ? s : null;
    }
}
