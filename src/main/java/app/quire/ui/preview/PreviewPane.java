package app.quire.ui.preview;

import app.quire.markdown.RenderContext;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The live preview of one post (a WebView whose page is loaded once and patched block by block).
 * SKELETON: the preview work implements it; keep these signatures.
 */
public final class PreviewPane {
    private final StackPane root = new StackPane();

    public PreviewPane(RenderContext context) {
        root.getStyleClass().add("preview-pane");
    }

    /** The node to put in a scene; the WebView inside is created lazily, after the first frame. */
    public Node node() {
        return root;
    }

    /** Shows this post text (front matter included); renders off the FX thread, newest text wins. */
    public void show(String postText) {
    }

    /** Scrolls so the block holding this 0-based source line is in view and marks it as the caret's block. */
    public void revealLine(int line) {
    }

    /** Called with the 0-based source line at the top of the preview when the reader scrolls it. */
    public void setOnScrolledToLine(IntConsumer listener) {
    }

    public void setScrollSync(boolean on) {
    }

    public void setDark(boolean dark) {
    }

    public void dispose() {
    }
}
