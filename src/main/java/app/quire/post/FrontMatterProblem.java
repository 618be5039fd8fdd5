package app.quire.post;

/**
 * Why front matter could not be read, at a 1-based line and column of the whole FILE (the opening {@code ---}
 * is line 1).
 */
public record FrontMatterProblem(int line, int column, String message) {
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
