package app.quire.ui.frontmatter;

import app.quire.post.FrontMatter;
import app.quire.post.TextLines;
import java.util.List;
import java.util.Optional;

/** Text-level helpers over a front matter block (JavaFX-free): its parts and replacing one key's raw lines. */
final class FrontMatterBlocks {
    private FrontMatterBlocks() {
    }

    /** The lines between the delimiters, each with its line break. */
    static List<String> innerLines(FrontMatter fm) {
        return TextLines.split(fm.content());
    }

    /**
     * The front matter with a key's lines replaced by {@code lines} (the key line included), when the result parses
     * and has the same top-level keys; empty otherwise.
     */
    static Optional<FrontMatter> replaceKeyLines(FrontMatter fm, String key, String lines) {
        FrontMatter edited = withKeyLines(fm, key, lines);
        if (edited == null || edited.problem().isPresent() || !edited.keys().equals(fm.keys())) {
            return Optional.empty();
        }
        return Optional.of(edited);
    }

    static String whyNot(FrontMatter fm, String key, String lines) {
        FrontMatter edited = withKeyLines(fm, key, lines);
        if (edited == null) {
            return "The key is no longer in the front matter.";
        }
        if (edited.problem().isPresent()) {
            return "Not valid YAML (" + edited.problem().get() + "); nothing was changed.";
        }
        return "Keep exactly the key '" + key + "' here; add or remove other keys below.";
    }

    private static FrontMatter withKeyLines(FrontMatter fm, String key, String lines) {
        Optional<int[]> range = fm.lineRange(key);
        if (range.isEmpty()) {
            return null;
        }
        List<String> inner = innerLines(fm);
        String nl = fm.newline();
        String body = lines.replace("\r\n", "\n").replace("\n", nl);
        if (!body.endsWith(nl)) {
            body = body + nl;
        }
        StringBuilder sb = new StringBuilder();
        inner.subList(0, range.get()[0]).forEach(sb::append);
        sb.append(body);
        inner.subList(range.get()[1] + 1, inner.size()).forEach(sb::append);
        return withInner(fm, sb.toString());
    }

    /** The same block with other inner text. */
    static FrontMatter withInner(FrontMatter fm, String inner) {
        String block = fm.block();
        String open = block.substring(0, block.indexOf('\n') + 1);
        String close = block.substring(open.length() + fm.content().length());
        return FrontMatter.parseBlock(open + inner + close);
    }

    /** The front matter with a new empty key ({@code key:}) before the closing line, or set to "" for odd keys. */
    static FrontMatter withEmptyKey(FrontMatter fm, String key) {
        if (!key.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            return fm.set(key, "");
        }
        String nl = fm.newline();
        if (fm.kind() == FrontMatter.Kind.NONE) {
            return FrontMatter.parseBlock("---" + nl + key + ":" + nl + "---" + nl);
        }
        String inner = fm.content();
        if (!inner.isEmpty() && !inner.endsWith("\n")) {
            inner = inner + nl;
        }
        return withInner(fm, inner + key + ":" + nl);
    }

    /**
     * Sets a text value; several lines are written as a literal block ({@code key: |}) in the key's existing
     * indentation rather than as one escaped quoted line, when that reads back exactly. Otherwise {@code set}.
     */
    static FrontMatter withText(FrontMatter fm, String key, String text) {
        if (text.contains("\n") && fm.has(key) && fm.editable() && key.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            String nl = fm.newline();
            String indent = "  ";
            List<String> lines = innerLines(fm);
            int[] range = fm.lineRange(key).orElseThrow();
            if (range[1] > range[0]) {
                String second = lines.get(range[0] + 1);
                int n = 0;
                while (n < second.length() && second.charAt(n) == ' ') {
                    n++;
                }
                if (n > 0) {
                    indent = second.substring(0, n);
                }
            }
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            String chomp = text.endsWith("\n\n") ? "|+" : text.endsWith("\n") ? "|" : "|-";
            StringBuilder sb = new StringBuilder(key).append(": ").append(chomp).append(nl);
            for (String line : body.split("\n", -1)) {
                sb.append(line.isEmpty() ? "" : indent + line).append(nl);
            }
            Optional<FrontMatter> edited = replaceKeyLines(fm, key, sb.toString());
            if (edited.isPresent() && text.equals(edited.get().get(key).orElse(null))) {
                return edited.get();
            }
        }
        return fm.set(key, text);
    }
}
