package app.quire.post.schema;

import app.quire.post.DateStyle;
import app.quire.post.PostDates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a site declares in the {@code quire:} section of {@code _config.yml} (or in {@code quire.yaml}, at its
 * top level or under {@code quire:}). Format (see docs/front-matter-form.md):
 * <pre>
 * quire:
 *   date_format: 2021-12-10 00:00:00 +1000   # an example date in the wanted style
 *   fields:
 *     title: {type: string, required: true}
 *     layout: {type: choice, choices: [post, page], default: post}
 *     tags: list                              # just a type
 *     hero: {type: image}
 * </pre>
 * Declared fields win over inferred ones and come first, in the order written.
 */
public final class ExplicitSchema {
    private static final System.Logger LOG = System.getLogger(ExplicitSchema.class.getName());
    /** No declarations. */
    public static final ExplicitSchema NONE = new ExplicitSchema(List.of(), null, List.of());

    private final List<FieldSpec> fields;
    private final DateStyle dateStyle;
    private final List<String> problems;

    ExplicitSchema(List<FieldSpec> fields, DateStyle dateStyle, List<String> problems) {
        this.fields = List.copyOf(fields);
        this.dateStyle = dateStyle;
        this.problems = List.copyOf(problems);
    }

    /** Reads {@code quire.yaml} (preferred) or the {@code quire:} section of {@code _config.yml} in a site root. */
    public static ExplicitSchema read(Path siteRoot) {
        Optional<Map<?, ?>> quireYaml = SiteConfig.load(siteRoot.resolve("quire.yaml"));
        if (quireYaml.isPresent()) {
            Object section = quireYaml.get().containsKey("quire") ? quireYaml.get().get("quire") : quireYaml.get();
            return section instanceof Map ? fromMap((Map<?, ?>) section) : NONE;
        }
        Object section = SiteConfig.load(siteRoot.resolve("_config.yml")).map(m -> m.get("quire")).orElse(null);
        return section instanceof Map ? fromMap((Map<?, ?>) section) : NONE;
    }

    /** Reads a {@code quire:} section already loaded as a map. Unknown types are reported and read as strings. */
    public static ExplicitSchema fromMap(Map<?, ?> section) {
        List<FieldSpec> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Object declared = section.get("fields");
        if (declared instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) declared).entrySet()) {
                fields.add(field(String.valueOf(e.getKey()), e.getValue(), problems));
            }
        } else if (declared instanceof List) {
            for (Object item : (List<?>) declared) {
                if (item instanceof Map && ((Map<?, ?>) item).get("key") != null) {
                    fields.add(field(String.valueOf(((Map<?, ?>) item).get("key")), item, problems));
                } else {
                    problems.add("a field in quire.fields has no key: " + item);
                }
            }
        } else if (declared != null) {
            problems.add("quire.fields should be a map of key: type");
        }
        Object required = section.get("required");
        if (required instanceof List) {
            for (Object r : (List<?>) required) {
                String key = String.valueOf(r);
                int i = indexOf(fields, key);
                if (i >= 0) {
                    fields.set(i, fields.get(i).withRequired(true));
                } else {
                    fields.add(new FieldSpec(key, FieldType.STRING, true, "", List.of(), 0));
                }
            }
        }
        DateStyle style = null;
        Object example = section.get("date_format");
        if (example != null) {
            style = PostDates.detectStyle(String.valueOf(example)).orElse(null);
            if (style == null) {
                problems.add("quire.date_format is not a date: " + example);
            }
        }
        problems.forEach(p -> LOG.log(System.Logger.Level.WARNING, "site schema: {0}", p));
        return new ExplicitSchema(fields, style, problems);
    }

    private static FieldSpec field(String key, Object spec, List<String> problems) {
        if (spec == null || spec instanceof String) {
            FieldType type = FieldType.named((String) spec).orElse(FieldType.STRING);
            if (spec != null && FieldType.named((String) spec).isEmpty()) {
                problems.add("unknown type '" + spec + "' for " + key + "; using string");
            }
            return new FieldSpec(key, type, false, "", List.of(), 0);
        }
        if (!(spec instanceof Map)) {
            problems.add("field " + key + " should be a type name or a map");
            return FieldSpec.of(key, FieldType.STRING);
        }
        Map<?, ?> m = (Map<?, ?>) spec;
        Object typeName = m.get("type");
        FieldType type = FieldType.named(typeName == null ? null : String.valueOf(typeName))
                .orElse(m.get("choices") != null ? FieldType.CHOICE : FieldType.STRING);
        if (typeName != null && FieldType.named(String.valueOf(typeName)).isEmpty()) {
            problems.add("unknown type '" + typeName + "' for " + key + "; using " + type.name().toLowerCase());
        }
        List<String> choices = new ArrayList<>();
        if (m.get("choices") instanceof List) {
            ((List<?>) m.get("choices")).forEach(c -> choices.add(String.valueOf(c)));
        }
        Object def = m.get("default");
        String defaultValue = def == null ? "" : def instanceof List
                ? String.join(", ", ((List<?>) def).stream().map(String::valueOf).toArray(String[]::new))
                : String.valueOf(def);
        return new FieldSpec(key, type, Boolean.TRUE.equals(m.get("required")), defaultValue, choices, 0);
    }

    private static int indexOf(List<FieldSpec> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public Optional<DateStyle> dateStyle() {
        return Optional.ofNullable(dateStyle);
    }

    /** What could not be understood (also logged). */
    public List<String> problems() {
        return problems;
    }

    /** The inferred schema with these declarations on top: declared fields first and winning, keeping usage. */
    public FrontMatterSchema applyTo(FrontMatterSchema inferred) {
        if (fields.isEmpty() && dateStyle == null) {
            return inferred;
        }
        Map<String, FieldSpec> merged = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            int usage = inferred.field(f.key()).map(FieldSpec::usage).orElse(0);
            merged.put(f.key(), new FieldSpec(f.key(), f.type(), f.required(), f.defaultValue(), f.choices(), usage));
        }
        inferred.fieldMap().forEach(merged::putIfAbsent);
        FrontMatterSchema out = inferred.withFields(merged);
        return dateStyle == null ? out : out.withDateStyle(dateStyle);
    }
}
