package app.quire.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Pure Markdown syntax highlighter: text in, style-class spans out. No JavaFX scene access, safe on any thread.
 *
 * <p>Works line by line with a little state (front matter, fenced code, list context, the previous paragraph for
 * setext headings). Every character gets a bit mask of styles; runs of equal masks become spans, so styles nest
 * (a link inside a heading carries both classes).
 */
public final class MarkdownHighlighter {

    // One bit per CSS class; see CLASS_NAMES for the names (same order).
    static final int HEADING = 1;
    static final int H1 = 1 << 1;
    static final int MARKER = 1 << 7;
    static final int EMPHASIS = 1 << 8;
    static final int STRONG = 1 << 9;
    static final int STRIKE = 1 << 10;
    static final int CODE = 1 << 11;
    static final int CODE_BLOCK = 1 << 12;
    static final int FENCE = 1 << 13;
    static final int FENCE_INFO = 1 << 14;
    static final int LINK_TEXT = 1 << 15;
    static final int LINK_URL = 1 << 16;
    static final int IMAGE = 1 << 17;
    static final int AUTOLINK = 1 << 18;
    static final int LIST_MARKER = 1 << 19;
    static final int TASK = 1 << 20;
    static final int TASK_DONE = 1 << 21;
    static final int QUOTE = 1 << 22;
    static final int FRONT_MATTER = 1 << 23;
    static final int FM_KEY = 1 << 24;
    static final int FM_VALUE = 1 << 25;
    static final int HTML = 1 << 26;
    static final int HR = 1 << 27;
    /** Internal: characters that later inline passes must not re-interpret (code, URLs, tags). */
    private static final int PROTECTED = 1 << 30;
    /** Internal: a delimiter run already used as a closer. */
    private static final int CONSUMED = 1 << 29;
    private static final int VISIBLE = ~(PROTECTED | CONSUMED);

    private static final String[] CLASS_NAMES = {
        "md-heading", "md-h1", "md-h2", "md-h3", "md-h4", "md-h5", "md-h6", "md-marker", "md-emphasis",
        "md-strong", "md-strike", "md-code", "md-code-block", "md-fence", "md-fence-info", "md-link-text",
        "md-link-url", "md-image", "md-autolink", "md-list-marker", "md-task", "md-task-done", "md-quote",
        "md-front-matter", "md-fm-key", "md-fm-value", "md-html", "md-hr"
    };

    private static final Map<Integer, Collection<String>> CLASS_CACHE = new ConcurrentHashMap<>();
    private static final Pattern URI_AUTOLINK = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<]*");
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile("[^\\s@<]+@[^\\s@<]+\\.[^\\s@<]+");
    private static final Pattern HTML_TAG = Pattern.compile("/?[A-Za-z][A-Za-z0-9-]*(\\s[^<]*)?/?");

    /** Computes the style spans of the whole text; the spans' total length equals {@code text.length()}. */
    public StyleSpans<Collection<String>> highlight(String text) {
        int[] mask = new LineScanner(text).scan();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(Math.max(16, text.length() / 16));
        int n = text.length();
        if (n == 0) {
            spans.add(Collections.emptyList(), 0);
            return spans.create();
        }
        int runStart = 0;
        int current = mask[0] & VISIBLE;
        for (int i = 1; i < n; i++) {
            int m = mask[i] & VISIBLE;
            if (m != current) {
                spans.add(classes(current), i - runStart);
                runStart = i;
                current = m;
            }
        }
        spans.add(classes(current), n - runStart);
        return spans.create();
    }

    /** The style classes of one mask (shared, immutable lists). */
    static Collection<String> classes(int mask) {
        if (mask == 0) {
            return Collections.emptyList();
        }
        return CLASS_CACHE.computeIfAbsent(mask, m -> {
            List<String> names = new ArrayList<>(4);
            for (int bit = 0; bit < CLASS_NAMES.length; bit++) {
                if ((m & (1 << bit)) != 0) {
                    names.add(CLASS_NAMES[bit]);
                }
            }
            return Collections.unmodifiableList(names);
        });
    }

    /** The scanning state of one run over a text. */
    private static final class LineScanner {
        private final String text;
        private final int[] mask;
        private final int frontMatterEnd;
        private final boolean tomlFrontMatter;
        private final boolean jsonFrontMatter;
        private char fenceChar;
        private int fenceLength;
        private boolean prevParagraph;
        private int paraStart = -1;
        private int paraEnd = -1;
        private boolean prevBlank = true;
        private boolean inList;

        LineScanner(String text) {
            this.text = text;
            this.mask = new int[text.length()];
            this.frontMatterEnd = FrontMatterBlock.end(text);
            this.tomlFrontMatter = frontMatterEnd > 0 && text.startsWith("+++");
            this.jsonFrontMatter = frontMatterEnd > 0 && text.startsWith("{");
        }

        int[] scan() {
            int n = text.length();
            int pos = 0;
            while (pos <= n) {
                int eol = text.indexOf('\n', pos);
                if (eol < 0) {
                    eol = n;
                }
                int end = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
                line(pos, end);
                if (eol >= n) {
                    break;
                }
                pos = eol + 1;
            }
            return mask;
        }

        private void line(int start, int end) {
            if (start < frontMatterEnd) {
                frontMatterLine(start, end);
                return;
            }
            if (fenceChar != 0) {
                fencedLine(start, end);
                return;
            }
            int i = start;
            int indent = 0;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                indent += text.charAt(i) == '\t' ? 4 - indent % 4 : 1;
                i++;
            }
            if (i == end) {
                prevBlank = true;
                prevParagraph = false;
                return;
            }
            boolean wasBlank = prevBlank;
            prevBlank = false;
            if (indent >= 4 && !prevParagraph && !inList) {
                mark(i, end, CODE_BLOCK);
                return;
            }
            if (wasBlank && indent == 0 && !isListItem(i, end)) {
                inList = false;
            }
            if (indent < 4 && openFence(i, end)) {
                prevParagraph = false;
                return;
            }
            boolean quoted = false;
            while (i < end && text.charAt(i) == '>') {
                mark(i, i + 1, MARKER);
                quoted = true;
                i++;
                if (i < end && text.charAt(i) == ' ') {
                    i++;
                }
            }
            if (quoted) {
                mark(start, end, QUOTE);
                while (i < end && text.charAt(i) == ' ') {
                    i++;
                }
                if (i == end) {
                    prevParagraph = false;
                    return;
                }
            }
            if (indent < 4 || quoted) {
                if (atxHeading(i, end)) {
                    prevParagraph = false;
                    return;
                }
                if (prevParagraph && !quoted && setextUnderline(i, end)) {
                    prevParagraph = false;
                    return;
                }
                if (thematicBreak(i, end)) {
                    mark(i, end, HR | MARKER);
                    prevParagraph = false;
                    return;
                }
                int content = listItem(i, end);
                if (content >= 0) {
                    inList = true;
                    prevParagraph = false;
                    inline(content, end);
                    return;
                }
                if (linkDefinition(i, end)) {
                    prevParagraph = false;
                    return;
                }
            }
            if (!prevParagraph) {
                paraStart = start;
            }
            paraEnd = end;
            prevParagraph = true;
            inline(i, end);
        }

        private void frontMatterLine(int start, int end) {
            mark(start, end, FRONT_MATTER);
            String delimiter = tomlFrontMatter ? "+++" : "---";
            String trimmed = text.substring(start, end).trim();
            if (start == 0 || trimmed.equals(delimiter) || (!tomlFrontMatter && trimmed.equals("..."))
                    || (jsonFrontMatter && (trimmed.equals("}") || trimmed.equals("{")))) {
                mark(start, end, MARKER);
                return;
            }
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            if (i < end && text.charAt(i) == '#') {
                mark(i, end, MARKER);
                return;
            }
            if (!tomlFrontMatter && i < end && text.charAt(i) == '-'
                    && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                mark(i, i + 1, MARKER);
                mark(Math.min(i + 2, end), end, FM_VALUE);
                return;
            }
            char separator = tomlFrontMatter ? '=' : ':';
            int sep = text.indexOf(separator, i);
            if (sep < 0 || sep >= end || (tomlFrontMatter && text.charAt(i) == '[')) {
                mark(i, end, tomlFrontMatter && text.charAt(i) == '[' ? FM_KEY : FM_VALUE);
                return;
            }
            mark(i, sep, FM_KEY);
            mark(sep, sep + 1, MARKER);
            mark(sep + 1, end, FM_VALUE);
        }

        private void fencedLine(int start, int end) {
            int i = start;
            int spaces = 0;
            while (i < end && text.charAt(i) == ' ' && spaces < 3) {
                i++;
                spaces++;
            }
            int run = runLength(i, end, fenceChar);
            if (run >= fenceLength && text.substring(i + run, end).isBlank()) {
                mark(start, end, FENCE | MARKER);
                fenceChar = 0;
                return;
            }
            mark(start, end, CODE_BLOCK);
        }

        private boolean openFence(int i, int end) {
            char c = text.charAt(i);
            if (c != '`' && c != '~') {
                return false;
            }
            int run = runLength(i, end, c);
            if (run < 3) {
                return false;
            }
            if (c == '`' && text.indexOf('`', i + run) >= 0 && text.indexOf('`', i + run) < end) {
                return false;
            }
            fenceChar = c;
            fenceLength = run;
            mark(i, end, FENCE);
            mark(i, i + run, MARKER);
            int info = i + run;
            while (info < end && text.charAt(info) == ' ') {
                info++;
            }
            mark(info, end, FENCE_INFO);
            return true;
        }

        private boolean atxHeading(int i, int end) {
            int run = runLength(i, end, '#');
            if (run < 1 || run > 6 || (i + run < end && text.charAt(i + run) != ' ' && text.charAt(i + run) != '\t')) {
                return false;
            }
            mark(i, end, HEADING | (H1 << (run - 1)));
            mark(i, i + run, MARKER);
            int contentEnd = end;
            while (contentEnd > i + run && text.charAt(contentEnd - 1) == ' ') {
                contentEnd--;
            }
            int closing = contentEnd;
            while (closing > i + run && text.charAt(closing - 1) == '#') {
                closing--;
            }
            if (closing < contentEnd && (closing == i + run || text.charAt(closing - 1) == ' ')) {
                mark(closing, contentEnd, MARKER);
                contentEnd = closing;
            }
            inline(i + run, contentEnd);
            return true;
        }

        private boolean setextUnderline(int i, int end) {
            char c = text.charAt(i);
            if (c != '=' && c != '-') {
                return false;
            }
            int run = runLength(i, end, c);
            if (!text.substring(i + run, end).isBlank()) {
                return false;
            }
            int level = c == '=' ? H1 : H1 << 1;
            mark(paraStart, paraEnd, HEADING | level);
            mark(i, end, HEADING | level | MARKER);
            return true;
        }

        private boolean thematicBreak(int i, int end) {
            char c = text.charAt(i);
            if (c != '-' && c != '*' && c != '_') {
                return false;
            }
            int count = 0;
            for (int k = i; k < end; k++) {
                char ch = text.charAt(k);
                if (ch == c) {
                    count++;
                } else if (ch != ' ' && ch != '\t') {
                    return false;
                }
            }
            return count >= 3;
        }

        /** Marks a list marker (and task box) at i; returns where the item content starts, or -1. */
        private int listItem(int i, int end) {
            int after = listMarkerEnd(i, end);
            if (after < 0) {
                return -1;
            }
            mark(i, after, LIST_MARKER | MARKER);
            int content = after < end ? after + 1 : end;
            if (content + 3 <= end && text.charAt(content) == '[' && text.charAt(content + 2) == ']'
                    && (content + 3 == end || text.charAt(content + 3) == ' ')) {
                char box = text.charAt(content + 1);
                if (box == ' ' || box == 'x' || box == 'X') {
                    mark(content, content + 3, TASK | (box == ' ' ? 0 : TASK_DONE));
                    mark(content + 3, end, box == ' ' ? 0 : TASK_DONE);
                    content = Math.min(end, content + 4);
                }
            }
            return content;
        }

        private boolean isListItem(int i, int end) {
            return listMarkerEnd(i, end) >= 0;
        }

        private int listMarkerEnd(int i, int end) {
            char c = text.charAt(i);
            int after;
            if (c == '-' || c == '*' || c == '+') {
                after = i + 1;
            } else {
                int k = i;
                while (k < end && k - i < 9 && Character.isDigit(text.charAt(k))) {
                    k++;
                }
                if (k == i || k >= end || (text.charAt(k) != '.' && text.charAt(k) != ')')) {
                    return -1;
                }
                after = k + 1;
            }
            if (after < end && text.charAt(after) != ' ' && text.charAt(after) != '\t') {
                return -1;
            }
            return after;
        }

        private boolean linkDefinition(int i, int end) {
            if (text.charAt(i) != '[') {
                return false;
            }
            int close = text.indexOf("]:", i);
            if (close < 0 || close >= end || close == i + 1) {
                return false;
            }
            mark(i, i + 1, MARKER);
            mark(i + 1, close, LINK_TEXT);
            mark(close, close + 2, MARKER);
            mark(close + 2, end, LINK_URL | PROTECTED);
            return true;
        }

        // ---- inline ------------------------------------------------------------------------------------

        private void inline(int from, int to) {
            if (from >= to) {
                return;
            }
            codeSpans(from, to);
            linksAndTags(from, to);
            emphasis(from, to);
        }

        private void codeSpans(int from, int to) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < to) {
                    i += 2;
                    continue;
                }
                if (c != '`') {
                    i++;
                    continue;
                }
                int run = runLength(i, to, '`');
                int close = findRun(i + run, to, '`', run);
                if (close < 0) {
                    i += run;
                    continue;
                }
                mark(i, close + run, CODE | PROTECTED);
                mark(i, i + run, MARKER);
                mark(close, close + run, MARKER);
                i = close + run;
            }
        }

        private void linksAndTags(int from, int to) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (isProtected(i)) {
                    i++;
                } else if (c == '\\' && i + 1 < to) {
                    i += 2;
                } else if (c == '<') {
                    i = angle(i, to);
                } else if (c == '[' || (c == '!' && i + 1 < to && text.charAt(i + 1) == '[')) {
                    i = link(i, to);
                } else if ((c == 'h' || c == 'w') && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    i = bareUrl(i, to);
                } else {
                    i++;
                }
            }
        }

        private int angle(int i, int to) {
            int close = text.indexOf('>', i + 1);
            if (close < 0 || close >= to) {
                return i + 1;
            }
            String inner = text.substring(i + 1, close);
            if (URI_AUTOLINK.matcher(inner).matches() || EMAIL_AUTOLINK.matcher(inner).matches()) {
                mark(i, close + 1, AUTOLINK | PROTECTED);
                mark(i, i + 1, MARKER);
                mark(close, close + 1, MARKER);
                return close + 1;
            }
            if (HTML_TAG.matcher(inner).matches() || (inner.startsWith("!--") && inner.endsWith("--"))) {
                mark(i, close + 1, HTML | PROTECTED);
                return close + 1;
            }
            return i + 1;
        }

        private int link(int i, int to) {
            boolean image = text.charAt(i) == '!';
            int open = image ? i + 1 : i;
            int close = matching(open, to, '[', ']');
            if (close < 0) {
                return open + 1;
            }
            int kind = image ? IMAGE : 0;
            if (close + 1 < to && text.charAt(close + 1) == '(') {
                int paren = matching(close + 1, to, '(', ')');
                if (paren < 0) {
                    return open + 1;
                }
                mark(i, paren + 1, kind);
                mark(i, open + 1, MARKER);
                mark(open + 1, close, LINK_TEXT);
                mark(close, close + 2, MARKER);
                mark(close + 2, paren, LINK_URL | PROTECTED);
                mark(paren, paren + 1, MARKER | PROTECTED);
                return open + 1;
            }
            if (close + 1 < to && text.charAt(close + 1) == '[') {
                int refClose = matching(close + 1, to, '[', ']');
                if (refClose < 0) {
                    return open + 1;
                }
                mark(i, refClose + 1, kind);
                mark(i, open + 1, MARKER);
                mark(open + 1, close, LINK_TEXT);
                mark(close, close + 2, MARKER);
                mark(close + 2, refClose, LINK_URL | PROTECTED);
                mark(refClose, refClose + 1, MARKER | PROTECTED);
                return open + 1;
            }
            return open + 1;
        }

        private int bareUrl(int i, int to) {
            if (!(text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i))) {
                return i + 1;
            }
            int e = i;
            while (e < to && !Character.isWhitespace(text.charAt(e)) && text.charAt(e) != '<' && !isProtected(e)) {
                e++;
            }
            while (e > i && ".,:;!?\"')*_~".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e - i <= 8) {
                return i + 1;
            }
            mark(i, e, AUTOLINK | PROTECTED);
            return e;
        }

        /** The index of the bracket closing the one at {@code open}, skipping escapes and protected text. */
        private int matching(int open, int to, char o, char c) {
            int depth = 0;
            for (int k = open; k < to; k++) {
                char ch = text.charAt(k);
                if (ch == '\\') {
                    k++;
                } else if (isProtected(k) && k != open) {
                    continue;
                } else if (ch == o) {
                    depth++;
                } else if (ch == c && --depth == 0) {
                    return k;
                }
            }
            return -1;
        }

        private void emphasis(int from, int to) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (isProtected(i) || (mask[i] & CONSUMED) != 0) {
                    i++;
                    continue;
                }
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c != '*' && c != '_' && c != '~') {
                    i++;
                    continue;
                }
                int run = runLength(i, to, c);
                int after = i + run;
                boolean leftFlanking = after < to && !Character.isWhitespace(text.charAt(after));
                boolean wordBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
                if (!leftFlanking || (c == '_' && wordBefore) || (c == '~' && run != 2) || run > 3) {
                    i = after;
                    continue;
                }
                int close = findCloser(after, to, c, run);
                if (close < 0) {
                    i = after;
                    continue;
                }
                int style = c == '~' ? STRIKE : run == 1 ? EMPHASIS : run == 2 ? STRONG : STRONG | EMPHASIS;
                mark(i, close + run, style);
                mark(i, after, MARKER);
                mark(close, close + run, MARKER | CONSUMED);
                i = after;
            }
        }

        private int findCloser(int from, int to, char c, int run) {
            int k = from;
            while (k < to) {
                if (text.charAt(k) != c || isProtected(k) || (mask[k] & CONSUMED) != 0) {
                    k++;
                    continue;
                }
                int len = runLength(k, to, c);
                boolean rightFlanking = !Character.isWhitespace(text.charAt(k - 1));
                boolean wordAfter = k + len < to && Character.isLetterOrDigit(text.charAt(k + len));
                if (len == run && rightFlanking && !(c == '_' && wordAfter)) {
                    return k;
                }
                k += len;
            }
            return -1;
        }

        private int findRun(int from, int to, char c, int run) {
            int k = from;
            while (k < to) {
                if (text.charAt(k) != c) {
                    k++;
                    continue;
                }
                int len = runLength(k, to, c);
                if (len == run) {
                    return k;
                }
                k += len;
            }
            return -1;
        }

        private int runLength(int i, int end, char c) {
            int k = i;
            while (k < end && text.charAt(k) == c) {
                k++;
            }
            return k - i;
        }

        private boolean isProtected(int i) {
            return (mask[i] & PROTECTED) != 0;
        }

        private void mark(int from, int to, int bits) {
            for (int k = from; k < to; k++) {
                mask[k] |= bits;
            }
        }
    }
}
