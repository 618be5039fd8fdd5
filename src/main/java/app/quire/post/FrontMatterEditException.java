package app.quire.post;

/** A typed front matter edit was refused (broken YAML, read-only TOML, a value YAML cannot hold). */
public final class FrontMatterEditException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public FrontMatterEditException(String message) {
        super(message);
    }
}
