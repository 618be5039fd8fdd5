package app.quire.post.schema;

import java.util.List;
import java.util.Objects;

/**
 * One front matter field: its key, type, whether it is required, the default for new posts ("" for none) and the
 * choices offered (fixed for {@link FieldType#CHOICE}, suggestions otherwise).
 *
 * @param usage how many scanned posts use the key (0 for fields that only come from the site config)
 */
public record FieldSpec(String key, FieldType type, boolean required, String defaultValue, List<String> choices,
        int usage) {
    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        defaultValue = defaultValue == null ? "" : defaultValue;
        choices = List.copyOf(choices == null ? List.of() : choices);
    }

    public static FieldSpec of(String key, FieldType type) {
        return new FieldSpec(key, type, false, "", List.of(), 0);
    }

    public FieldSpec withRequired(boolean value) {
        return new FieldSpec(key, type, value, defaultValue, choices, usage);
    }

    public FieldSpec withDefault(String value) {
        return new FieldSpec(key, type, required, value, choices, usage);
    }

    public FieldSpec withChoices(List<String> value) {
        return new FieldSpec(key, type, required, defaultValue, value, usage);
    }

    public FieldSpec withType(FieldType value) {
        return new FieldSpec(key, value, required, defaultValue, choices, usage);
    }
}
