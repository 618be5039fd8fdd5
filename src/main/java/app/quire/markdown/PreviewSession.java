package app.quire.markdown;

import app.quire.post.Post;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the blocks last shown in a preview and turns each new text into a minimal {@link PreviewPatch},
 * re-rendering only the changed region of the document (docs/decisions/0021).
 * <p>
 * On each update: find the changed lines (common prefix/suffix of old and new body), take the top-level blocks
 * they touch plus one unchanged neighbour on each side, re-parse just those lines (with the document's link
 * reference definitions appended and heading-id counters seeded from the blocks before), check the slice still
 * lines up with the old block boundaries, and splice. Anything that can reach outside the window (front matter,
 * reference or footnote definitions/references in the window, a slice that does not line up, heading ids that
 * would renumber later headings) falls back to a full render, diffed against the old blocks.
 * Not thread-safe: use it from one (background) thread.
 */
public final class PreviewSession {
    private static final System.Logger LOG = System.getLogger(PreviewSession.class.getName());

    private final MarkdownRenderer renderer;
    private final RenderContext context;
    /** The export leaves raw HTML out (decision 0235): the preview shows a marker there. */
    private final boolean omitRawHtml;

    private String text;
    private String frontMatter = "";
    private String body = "";
    private int bodyLine;
    private int textNewlines;
    private final ArrayList<RenderedBlock> shown = new ArrayList<>();
    /** Top-level link reference definitions of the body, as written, in order; appended to every slice. */
    private String definitions = "";
    /** False when the document has something the slice re-parse cannot reproduce (nested definitions, lone CR). */
    private boolean sliceable;
    private int fullRenders;
    private int sliceRenders;

    public PreviewSession(MarkdownRenderer renderer, RenderContext context) {
        this(renderer, context, false);
    }

    /** @param omitRawHtml the export of this post leaves raw HTML out: show markers there ({@link RawHtml}) */
    public PreviewSession(MarkdownRenderer renderer, RenderContext context, boolean omitRawHtml) {
        this.renderer = renderer;
        this.context = context == null ? RenderContext.NONE : context;
        this.omitRawHtml = omitRawHtml;
    }

    /** The blocks as they stand after the last update (a snapshot). */
    public List<PreviewBlock> blocks() {
        List<PreviewBlock> out = new ArrayList<>(shown.size());
        for (RenderedBlock b : shown) {
            out.add(b.block());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Renders the post text (front matter included; only the body is rendered) and returns what changed since
     * the last call. The first call returns every block as inserted.
     */
    public PreviewPatch update(String postText) {
        if (text != null && text.equals(postText)) {
            return new PreviewPatch(0, 0, List.of(), 0);
        }
        Post post = Post.parse(postText);
        PreviewPatch patch = null;
        if (text != null && sliceable && post.frontMatterBlock().equals(frontMatter)
                && post.bodyStartLine() == bodyLine) {
            patch = renderSlice(post.body());
        }
        if (patch == null) {
            patch = renderAll(post);
        }
        text = postText;
        return patch;
    }

    /** How many updates re-rendered the whole body / only a slice (for tests and the benchmark). */
    int fullRenders() {
        return fullRenders;
    }

    int sliceRenders() {
        return sliceRenders;
    }

    private PreviewPatch renderAll(Post post) {
        fullRenders++;
        int newNewlines = countNewlines(post.text(), 0, post.text().length());
        int delta = newNewlines - textNewlines;
        MarkdownRenderer.PreviewRender render = renderer.renderPreview(post.body(), post.bodyStartLine(), context, omitRawHtml,
                null);
        List<RenderedBlock> next = render.blocks();
        List<RenderedBlock> old = new ArrayList<>(shown);
        boolean first = text == null;
        int prefix = 0;
        int max = Math.min(old.size(), next.size());
        while (!first && prefix < max && old.get(prefix).block().equals(next.get(prefix).block())) {
            prefix++;
        }
        int suffix = 0;
        while (!first && suffix < max - prefix && next.get(next.size() - 1 - suffix).block()
                .equals(old.get(old.size() - 1 - suffix).block().shift(delta))) {
            suffix++;
        }
        int removed = old.size() - prefix - suffix;
        List<PreviewBlock> inserted = new ArrayList<>();
        for (RenderedBlock b : next.subList(prefix, next.size() - suffix)) {
            inserted.add(b.block());
        }
        shown.clear();
        shown.addAll(next);
        frontMatter = post.frontMatterBlock();
        body = post.body();
        bodyLine = post.bodyStartLine();
        textNewlines = newNewlines;
        learnDocument(render.document(), body);
        return new PreviewPatch(prefix, removed, inserted, suffix > 0 ? delta : 0);
    }

    /** Collects the reference definitions a slice needs and decides whether slices are safe at all. */
    private void learnDocument(Document document, String newBody) {
        sliceable = !hasLoneCarriageReturn(newBody);
        for (Reference ref : Parser.REFERENCES.get(document).values()) {
            if (!(ref.getParent() instanceof Document)) {
                sliceable = false;
            }
        }
        StringBuilder defs = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Reference) {
                if (defs.length() > 0) {
                    defs.append("\n\n");
                }
                defs.append(n.getChars().toString().stripTrailing());
            }
        }
        definitions = defs.toString();
    }

    private PreviewPatch renderSlice(String newBody) {
        String oldBody = body;
        int oldLen = oldBody.length();
        int newLen = newBody.length();
        int p = 0;
        int maxCommon = Math.min(oldLen, newLen);
        while (p < maxCommon && oldBody.charAt(p) == newBody.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < maxCommon - p && oldBody.charAt(oldLen - 1 - s) == newBody.charAt(newLen - 1 - s)) {
            s++;
        }
        if (p == oldLen && p == newLen) {
            return new PreviewPatch(0, 0, List.of(), 0);
        }
        int oldChangedNewlines = countNewlines(oldBody, p, oldLen - s);
        int delta = countNewlines(newBody, p, newLen - s) - oldChangedNewlines;
        int l0 = countNewlines(oldBody, 0, p);
        int l1 = l0 + oldChangedNewlines;

        int n = shown.size();
        int i0 = firstEndingAtOrAfter(l0 + bodyLine);
        int j0 = firstStartingAfter(l1 + bodyLine);
        // a block re-rendered around the change keeps the attributes a mark line beside it gives (decision 0220)
        while (i0 > 1 && AttributeMarks.givesToNext(shown.get(i0 - 2).block().html())) {
            i0--;
        }
        while (j0 + 1 < n && AttributeMarks.givesToPrevious(shown.get(j0 + 1).block().html())) {
            j0++;
        }
        if (i0 > 0 && !shown.get(i0 - 1).fresh()) {
            return null; // the parser is inside a paragraph there: no clean place to start a slice
        }
        int from = Math.max(i0 - 1, 0);
        int to = j0 < n ? j0 + 1 : n;
        int w0 = i0 > 0 ? shown.get(i0 - 1).block().startLine() - bodyLine : 0;
        int startChar = lineStart(oldBody, p, l0 - w0);
        int oldEndChar;
        int newEndChar;
        if (j0 < n) {
            int w1 = shown.get(j0).block().endLine() - bodyLine;
            oldEndChar = lineEnd(oldBody, oldLen - s, w1 - l1);
            newEndChar = lineEnd(newBody, newLen - s, w1 - l1);
        } else {
            oldEndChar = oldLen;
            newEndChar = newLen;
        }
        String oldWindow = oldBody.substring(startChar, oldEndChar);
        String newWindow = newBody.substring(startChar, newEndChar);
        // a window cut before a CRLF's LF ends in CR: that CR is a line end, not a lone one
        String crCheck = newWindow.endsWith("\r") ? newWindow.substring(0, newWindow.length() - 1) : newWindow;
        if (reachesOutside(oldWindow) || reachesOutside(newWindow) || hasLoneCarriageReturn(crCheck)) {
            return null;
        }
        int windowLines = countNewlines(newWindow, 0, newWindow.length()) + 1;
        String slice = definitions.isEmpty() ? newWindow : newWindow + "\n\n" + definitions;

        Map<String, Integer> seeds = new HashMap<>();
        for (int i = 0; i < from; i++) {
            for (String base : shown.get(i).headingBases()) {
                seeds.merge(base, 1, Integer::sum);
            }
        }
        int base = bodyLine + w0;
        List<RenderedBlock> fresh = renderer.renderPreview(slice, base, context, omitRawHtml, seeds).blocks();
        if (!linesUp(fresh, i0 > 0, j0 < n ? shown.get(j0).shift(delta) : null, base, windowLines)
                || renumbersLaterHeadings(from, to, fresh)) {
            return null;
        }
        sliceRenders++;

        int k = 0;
        int oldCount = to - from;
        while (k < Math.min(oldCount, fresh.size()) && fresh.get(k).block().equals(shown.get(from + k).block())) {
            k++;
        }
        int m = 0;
        while (m < Math.min(oldCount, fresh.size()) - k && fresh.get(fresh.size() - 1 - m).block()
                .equals(shown.get(to - 1 - m).block().shift(delta))) {
            m++;
        }
        List<PreviewBlock> inserted = new ArrayList<>(fresh.size() - k - m);
        for (RenderedBlock b : fresh.subList(k, fresh.size() - m)) {
            inserted.add(b.block());
        }
        PreviewPatch patch = new PreviewPatch(from + k, oldCount - k - m, inserted,
                m > 0 || to < n ? delta : 0);

        shown.subList(from, to).clear();
        shown.addAll(from, fresh);
        if (delta != 0) {
            for (int i = from + fresh.size(); i < shown.size(); i++) {
                shown.set(i, shown.get(i).shift(delta));
            }
        }
        body = newBody;
        textNewlines += delta;
        return patch;
    }

    /** Definitions and footnotes act at a distance: a window that has any is not rendered on its own. */
    private static boolean reachesOutside(String window) {
        return window.contains("]:") || window.contains("[^");
    }

    /** The slice must start and end on the old block boundaries, and nothing may run into the appended text. */
    private static boolean linesUp(List<RenderedBlock> fresh, boolean hasBefore, RenderedBlock after, int base,
            int windowLines) {
        for (RenderedBlock b : fresh) {
            if (b.block().endLine() - base >= windowLines) {
                return false;
            }
        }
        if (hasBefore && (fresh.isEmpty() || fresh.get(0).block().startLine() != base)) {
            return false;
        }
        if (after != null) {
            return !fresh.isEmpty() && fresh.get(fresh.size() - 1).block().equals(after.block());
        }
        return true;
    }

    /** True if the window's headings changed in a way that changes the ids of headings after it. */
    private boolean renumbersLaterHeadings(int from, int to, List<RenderedBlock> fresh) {
        Map<String, Integer> balance = new HashMap<>();
        for (int i = from; i < to; i++) {
            for (String b : shown.get(i).headingBases()) {
                balance.merge(b, 1, Integer::sum);
            }
        }
        for (RenderedBlock r : fresh) {
            for (String b : r.headingBases()) {
                balance.merge(b, -1, Integer::sum);
            }
        }
        balance.values().removeIf(v -> v == 0);
        if (balance.isEmpty()) {
            return false;
        }
        Set<String> changed = balance.keySet();
        for (int i = to; i < shown.size(); i++) {
            for (String b : shown.get(i).headingBases()) {
                if (changed.contains(b)) {
                    LOG.log(System.Logger.Level.DEBUG, "heading ids after the edit change; full render");
                    return true;
                }
            }
        }
        return false;
    }

    /** Index of the first block whose last line is at or after {@code line} (blocks are in line order). */
    private int firstEndingAtOrAfter(int line) {
        int lo = 0;
        int hi = shown.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (shown.get(mid).block().endLine() < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first block whose first line is after {@code line}. */
    private int firstStartingAfter(int line) {
        int lo = 0;
        int hi = shown.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (shown.get(mid).block().startLine() <= line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Start of the line {@code linesBack} lines before the line containing {@code pos}. */
    private static int lineStart(String s, int pos, int linesBack) {
        int i = pos;
        int back = linesBack;
        while (true) {
            int nl = s.lastIndexOf('\n', i - 1);
            if (back == 0 || nl < 0) {
                return nl + 1;
            }
            back--;
            i = nl;
        }
    }

    /** End (exclusive, before its '\n') of the line {@code linesAhead} lines after the line containing pos. */
    private static int lineEnd(String s, int pos, int linesAhead) {
        int i = pos;
        for (int k = 0; k < linesAhead; k++) {
            int nl = s.indexOf('\n', i);
            if (nl < 0) {
                return s.length();
            }
            i = nl + 1;
        }
        int nl = s.indexOf('\n', i);
        return nl < 0 ? s.length() : nl;
    }

    static int countNewlines(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static boolean hasLoneCarriageReturn(String s) {
        int i = s.indexOf('\r');
        while (i >= 0) {
            if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                return true;
            }
            i = s.indexOf('\r', i + 1);
        }
        return false;
    }
}
