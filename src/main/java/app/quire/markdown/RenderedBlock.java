package app.quire.markdown;

import java.util.List;

/**
 * A preview block plus what the incremental preview needs to know about it: the heading base ids inside it, and
 * whether the parser is "between blocks" where it starts ({@code fresh}): false when it is the rest of a
 * paragraph that began with a link reference definition, or a table split from a paragraph, with no blank line
 * between. A slice may only start at a fresh block.
 */
record RenderedBlock(PreviewBlock block, List<String> headingBases, boolean fresh) {
    RenderedBlock shift(int delta) {
        return delta == 0 ? this : new RenderedBlock(block.shift(delta), headingBases, fresh);
    }
}
