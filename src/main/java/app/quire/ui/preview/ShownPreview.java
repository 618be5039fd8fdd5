package app.quire.ui.preview;

import app.quire.markdown.PreviewBlock;
import java.util.List;

/** What the preview page shows: its body blocks (in page order) and its header HTML. Immutable. */
record ShownPreview(List<PreviewBlock> blocks, String headerHtml) {
    static final ShownPreview EMPTY = new ShownPreview(List.of(), "");

    ShownPreview {
        blocks = List.copyOf(blocks);
    }
}
