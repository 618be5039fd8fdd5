package app.quire.site;

/**
 * Tells whether positions of a Markdown text lie inside a fenced code block (``` or ~~~, as CommonMark opens and
 * closes them), for positions asked in increasing order: one pass over the text however many are asked. The
 * preview uses it to keep its markers out of code blocks, where their HTML would show as text.
 */
final class FenceScanner {
    private final String text;
    private int line;
    private boolean open;
    private char fence;
    private int fenceLength;

    FenceScanner(String text) {
        this.text = text;
    }

    /** Whether {@code at} lies inside a fenced code block; {@code at} must not be below the last one asked. */
    boolean inFence(int at) {
        while (line < at) {
            int end = text.indexOf('\n', line);
            if (end < 0 || end >= at) {
                break;
            }
            fenceLine(line, end);
            line = end + 1;
        }
        return open;
    }

    private void fenceLine(int start, int end) {
        int i = start;
        while (i < end && i - start < 4 && text.charAt(i) == ' ') {
            i++;
        }
        if (i - start >= 4 || i >= end) {
            return;
        }
        char c = text.charAt(i);
        if (c != '`' && c != '~') {
            return;
        }
        int run = i;
        while (run < end && text.charAt(run) == c) {
            run++;
        }
        if (run - i < 3) {
            return;
        }
        if (!open) {
            int tick = c == '`' ? text.indexOf('`', run) : -1;
            if (tick < 0 || tick >= end) { // a backtick fence's info string has no backtick
                open = true;
                fence = c;
                fenceLength = run - i;
            }
        } else if (c == fence && run - i >= fenceLength && text.substring(run, end).isBlank()) {
            open = false;
        }
    }
}
