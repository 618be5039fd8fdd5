package app.quire.post;

import java.util.List;
import java.util.Optional;

/**
 * A post's text split into its front matter block and its Markdown body, losslessly:
 * {@code frontMatterBlock() + body()} is always exactly {@code text()}. Front matter is YAML between {@code ---}
 * lines (closed by {@code ---} or {@code ...}) or Hugo TOML between {@code +++} lines; line breaks stay as found.
 * Immutable and thread-safe; parsing never throws (broken YAML is reported by {@link FrontMatter#problem()}).
 */
public final class Post {
    private final String text;
    private final String frontMatterBlock;
    private final String body;
    private final int bodyStartLine;
    private final FrontMatter frontMatter;

    private Post(String text, String frontMatterBlock, String body, int bodyStartLine, FrontMatter frontMatter) {
        this.text = text;
        this.frontMatterBlock = frontMatterBlock;
        this.body = body;
        this.bodyStartLine = bodyStartLine;
        this.frontMatter = frontMatter;
    }

    /**
     * Splits a decoded post text (BOM normally already removed; a leading BOM is tolerated and kept in the
     * front matter block). Never throws on bad front matter.
     */
    public static Post parse(String text) {
        FrontMatterBounds b = FrontMatterBounds.find(text);
        if (b == null) {
            FrontMatter none = FrontMatter.none(newlineOf(text), FrontMatterBounds.unclosedProblem(text));
            return new Post(text, "", text, 0, none);
        }
        int firstEol = b.openEnd() - 1;
        String newline = b.kind() == FrontMatter.Kind.JSON ? newlineOf(text)
                : firstEol > 0 && text.charAt(firstEol - 1) == '\r' ? "\r\n" : "\n";
        FrontMatter fm = FrontMatter.of(b.kind(), text.substring(0, b.openEnd()),
                text.substring(b.openEnd(), b.closeStart()), text.substring(b.closeStart(), b.bodyStart()), newline);
        return new Post(text, text.substring(0, b.bodyStart()), text.substring(b.bodyStart()), b.bodyStartLine(), fm);
    }

    /** The line break a text uses first ("\r\n" or "\n"; "\n" when it has none). */
    public static String newlineOf(String text) {
        int eol = text.indexOf('\n');
        return eol > 0 && text.charAt(eol - 1) == '\r' ? "\r\n" : "\n";
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

    /** The lossless front matter (kind NONE when the post has none). */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The post with another front matter and the same body (byte for byte). */
    public Post withFrontMatter(FrontMatter newFrontMatter) {
        if (newFrontMatter == frontMatter) {
            return this;
        }
        String block = newFrontMatter.block();
        if (block.equals(frontMatterBlock)) {
            return this;
        }
        return parse(block + body);
    }

    /** The post with another body and the same front matter. */
    public Post withBody(String newBody) {
        return parse(frontMatterBlock + newBody);
    }

    public Optional<String> title() {
        return frontMatter.title();
    }

    public Optional<String> author() {
        return frontMatter.author();
    }

    public Optional<String> heroImage() {
        return frontMatter.heroImage();
    }

    /** The raw date text as written. */
    public Optional<String> dateText() {
        return frontMatter.dateText();
    }

    /** The date when it parses. */
    public Optional<PostDate> date() {
        return frontMatter.date();
    }

    public List<String> categories() {
        return frontMatter.categories();
    }

    public List<String> tags() {
        return frontMatter.tags();
    }
}
