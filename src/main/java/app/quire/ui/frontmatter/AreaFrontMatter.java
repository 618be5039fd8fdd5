package app.quire.ui.frontmatter;

import app.quire.post.FrontMatter;
import app.quire.post.FrontMatterBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.reactfx.Subscription;

/**
 * The front matter block at the top of an editor's text, kept parsed. It re-reads the block only when a change
 * touches it (position at or before its end; or anywhere while an opening {@code ---} has no closing line yet), so
 * typing in the body costs nothing. {@link #write} replaces just the changed characters of the block in ONE
 * {@code replaceText}, which the area's undo manager records as one step, and keeps the caret and selection where
 * they were relative to the text around them.
 */
final class AreaFrontMatter {
    private final CodeArea area;
    private final List<BiConsumer<FrontMatter, Boolean>> listeners = new ArrayList<>();
    private final Subscription subscription;
    private FrontMatter current;
    /** Changes at or before this position may alter the block. */
    private int watchEnd;
    private boolean writing;
    /** How many times the block was re-read (tests check that body typing does not re-read). */
    private int rereads;

    AreaFrontMatter(CodeArea area) {
        this.area = area;
        reread();
        subscription = area.plainTextChanges().subscribe(this::onChange);
    }

    /** The front matter as the area's text has it now. */
    FrontMatter current() {
        return current;
    }

    /** Called with the new front matter and whether the change came from {@link #write}. */
    void onFrontMatterChanged(BiConsumer<FrontMatter, Boolean> listener) {
        listeners.add(listener);
    }

    int rereads() {
        return rereads;
    }

    void dispose() {
        subscription.unsubscribe();
        listeners.clear();
    }

    private void onChange(PlainTextChange change) {
        if (change.getPosition() <= watchEnd) {
            FrontMatter before = current;
            reread();
            if (!current.block().equals(before.block()) || current.kind() != before.kind()) {
                boolean fromForm = writing;
                for (BiConsumer<FrontMatter, Boolean> l : List.copyOf(listeners)) {
                    l.accept(current, fromForm);
                }
            }
        }
    }

    /** Re-reads the block from the area's paragraphs (only up to its closing line). */
    private void reread() {
        rereads++;
        int paragraphs = area.getParagraphs().size();
        String first = trimEnd(area.getParagraph(0).getText());
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        boolean yaml = first.equals("---");
        boolean toml = first.equals("+++");
        if (first.startsWith("{")) {
            // Hugo's JSON front matter: an object at the top, no delimiter lines (FrontMatterBounds finds its end)
            String text = area.getText();
            FrontMatterBounds json = FrontMatterBounds.find(text);
            if (json != null && json.kind() == FrontMatter.Kind.JSON) {
                current = FrontMatter.parseBlock(text.substring(0, json.bodyStart()));
                watchEnd = json.bodyStart();
                return;
            }
            // not (yet) a closed object: any edit may close it
            watchEnd = Integer.MAX_VALUE;
            current = FrontMatter.parseBlock("");
            return;
        }
        if (yaml || toml) {
            for (int i = 1; i < paragraphs; i++) {
                String line = trimEnd(area.getParagraph(i).getText());
                if (yaml ? line.equals("---") || line.equals("...") : line.equals("+++")) {
                    int end = i + 1 < paragraphs ? area.getAbsolutePosition(i + 1, 0) : area.getLength();
                    current = FrontMatter.parseBlock(area.getText(0, end));
                    watchEnd = end;
                    return;
                }
            }
            watchEnd = Integer.MAX_VALUE;
        } else {
            watchEnd = area.getParagraph(0).length() + 1;
        }
        // no front matter (yet): the first form edit inserts a block at the top
        current = FrontMatter.parseBlock("");
    }

    /**
     * Writes an edited front matter into the area as one undoable replacement of the differing characters.
     * Returns false when nothing changed.
     */
    boolean write(FrontMatter edited) {
        String oldBlock = current.kind() == FrontMatter.Kind.NONE ? "" : current.block();
        String newBlock = edited.block();
        if (oldBlock.equals(newBlock)) {
            return false;
        }
        int prefix = 0;
        int max = Math.min(oldBlock.length(), newBlock.length());
        while (prefix < max && oldBlock.charAt(prefix) == newBlock.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && oldBlock.charAt(oldBlock.length() - 1 - suffix)
                == newBlock.charAt(newBlock.length() - 1 - suffix)) {
            suffix++;
        }
        // keep surrogate pairs whole
        while (prefix > 0 && Character.isHighSurrogate(oldBlock.charAt(prefix - 1))) {
            prefix--;
        }
        while (suffix > 0 && Character.isLowSurrogate(oldBlock.charAt(oldBlock.length() - suffix))) {
            suffix--;
        }
        int start = prefix;
        int end = oldBlock.length() - suffix;
        String insert = newBlock.substring(prefix, newBlock.length() - suffix);
        int caret = area.getCaretPosition();
        int anchor = area.getAnchor();
        writing = true;
        try {
            area.replaceText(start, end, insert);
        } finally {
            writing = false;
        }
        int delta = insert.length() - (end - start);
        area.selectRange(map(anchor, start, end, delta), map(caret, start, end, delta));
        return true;
    }

    private static int map(int pos, int start, int end, int delta) {
        if (pos <= start) {
            return pos;
        }
        return pos >= end ? pos + delta : start;
    }

    private static String trimEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
