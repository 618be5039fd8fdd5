package app.quire.markdown;

import java.util.List;

/** A preview block plus what the incremental preview needs to know about it: the heading base ids inside it. */
record RenderedBlock(PreviewBlock block, List<String> headingBases) {
    RenderedBlock shift(int delta) {
        return delta == 0 ? this : new RenderedBlock(block.shift(delta), headingBases);
    }
}
