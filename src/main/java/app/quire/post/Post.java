package app.quire.post;

import java.util.List;
import java.util.Optional;

/**
 * A post's text split into its front matter block and its Markdown body.
 * SKELETON: the post/ work replaces this with the lossless implementation; keep these signatures.
 */
public final class Post {
    private final String text;
    private final String frontMatterBlock;
    private final String body;
    private final int bodyStartLine;

    private Post(String text, String frontMatterBlock, String body, int bodyStartLine) {
        this.text = text;
        this.frontMatterBlock = frontMatterBlock;
        this.body = body;
        this.bodyStartLine = bodyStartLine;
    }

    /** Splits a decoded post text (BOM already removed). Never throws on bad front matter. */
    public static Post parse(String text) {
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            int searchFrom = text.indexOf('\n') + 1;
            int line = 1;
            int pos = searchFrom;
            while (pos < text.length()) {
                int eol = text.indexOf('\n', pos);
                int end = eol < 0 ? text.length() : eol;
                String l = text.substring(pos, end).replace("\r", "");
                line++;
                if (l.equals("---") || l.equals("...")) {
                    int bodyStart = eol < 0 ? text.length() : eol + 1;
                    return new Post(text, text.substring(0, bodyStart), text.substring(bodyStart), line);
                }
                pos = end + 1;
            }
        }
        return new Post(text, "", text, 0);
    }

    /** The whole text, exactly as given. */
    public String text() {
        return text;
    }

    /** The front matter block including its delimiter lines, or "" when there is none. */
    public String frontMatterBlock() {
        return frontMatterBlock;
    }

    /** The Markdown after the front matter. */
    public String body() {
        return body;
    }

    /** 0-based line of the text at which the body starts. */
    public int bodyStartLine() {
        return bodyStartLine;
    }

    public Optional<String> title() {
        return scalar("title");
    }

    public Optional<String> author() {
        return scalar("author");
    }

    public Optional<String> heroImage() {
        return scalar("heroimage").or(() -> scalar("image")).or(() -> scalar("cover"));
    }

    /** The raw date text as written. */
    public Optional<String> dateText() {
        return scalar("date");
    }

    public List<String> categories() {
        return scalar("categories").or(() -> scalar("category")).map(List::of).orElse(List.of());
    }

    private Optional<String> scalar(String key) {
        for (String line : frontMatterBlock.split("\r?\n")) {
            if (line.startsWith(key + ":")) {
                String v = line.substring(key.length() + 1).trim();
                if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
