package app.quire.post.schema;

import java.util.Locale;
import java.util.Optional;

/** The kinds of front matter field the form knows how to edit. */
public enum FieldType {
    /** One line of text. */
    STRING,
    /** Several lines of text (description, excerpt). */
    TEXT,
    /** A date with optional time and offset. */
    DATE,
    /** A list of short strings (tags, categories), edited as chips. */
    LIST,
    /** true / false. */
    BOOL,
    /** A path or URL of an image. */
    IMAGE,
    /** One value out of a fixed or observed set (layout). */
    CHOICE,
    /** A number. */
    NUMBER,
    /** A map or list of maps, edited as a small YAML text. */
    NESTED;

    /** The type named in a schema file ({@code string}, {@code text}, ...), or empty when unknown. */
    public static Optional<FieldType> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "str": case "string": return Optional.of(STRING);
            case "text": case "multiline": return Optional.of(TEXT);
            case "date": case "datetime": return Optional.of(DATE);
            case "list": case "tags": case "array": return Optional.of(LIST);
            case "bool": case "boolean": return Optional.of(BOOL);
            case "image": return Optional.of(IMAGE);
            case "choice": case "select": return Optional.of(CHOICE);
            case "number": case "int": case "integer": case "float": return Optional.of(NUMBER);
            case "map": case "object": case "nested": case "yaml": return Optional.of(NESTED);
            default: return Optional.empty();
        }
    }
}
