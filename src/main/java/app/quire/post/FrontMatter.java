package app.quire.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A post's front matter, lossless: it keeps the block's exact text and edits it by replacing only the lines of
 * the key being changed. Values are read with SnakeYAML (safe loader, node tree with source marks); the text is
 * never re-dumped. Immutable: every edit returns a new instance. Hugo TOML ({@code +++}) and JSON (an object at the
 * top) are readable, not editable;
 * broken YAML keeps its text and refuses typed edits.
 */
public final class FrontMatter {
    /** What kind of block a post starts with. */
    public enum Kind { NONE, YAML, TOML, JSON }

    private static final List<String> HERO_KEYS = List.of("heroimage", "hero_image", "heroImage", "image", "cover",
            "hero", "featured_image", "featuredImage", "header");
    private static final List<String> DESCRIPTION_KEYS = List.of("description", "excerpt", "summary");

    private final Kind kind;
    private final String open;
    private final String inner;
    private final String close;
    private final String newline;
    private final List<String> lines;
    private final FrontMatterProblem problem;
    private final List<Entry> entries;
    private final Map<String, Object> tomlValues;

    /** One top-level key and the inner lines [keyLine, endLine] that belong to it. */
    private record Entry(String key, int keyLine, int endLine, ScalarNode keyNode, Node value) {
    }

    private FrontMatter(Kind kind, String open, String inner, String close, String newline) {
        this(kind, open, inner, close, newline, null);
    }

    private FrontMatter(Kind kind, String open, String inner, String close, String newline,
            FrontMatterProblem unread) {
        this.kind = kind;
        this.open = open;
        this.inner = inner;
        this.close = close;
        this.newline = newline;
        this.lines = TextLines.split(inner);
        List<Entry> found = new ArrayList<>();
        FrontMatterProblem trouble = null;
        Map<String, Object> toml = Map.of();
        if (kind == Kind.YAML) {
            try {
                Node root = YamlScalars.compose(inner);
                if (root instanceof MappingNode) {
                    found = entries((MappingNode) root);
                } else if (root != null && !(root instanceof ScalarNode && ((ScalarNode) root).getTag().equals(Tag.NULL))) {
                    trouble = new FrontMatterProblem(2 + root.getStartMark().getLine(), 1,
                            "front matter is not a set of `key: value` lines");
                }
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String what = e.getProblem() != null ? e.getProblem() : e.getContext();
                Mark opened = e.getContextMark();
                if (e.getContext() != null && e.getContext().startsWith("while parsing a flow") && opened != null
                        && mark != null && mark.getLine() > opened.getLine()) {
                    // an unclosed [ or {: SnakeYAML notices on a later line; point at the bracket itself
                    what = "'" + (e.getContext().contains("sequence") ? "[" : "{") + "' is never closed";
                    mark = opened;
                }
                trouble = new FrontMatterProblem(mark == null ? 2 : mark.getLine() + 2,
                        mark == null ? 1 : mark.getColumn() + 1, "invalid YAML in front matter: " + oneLine(what));
            } catch (YAMLException e) {
                trouble = new FrontMatterProblem(2, 1, "invalid YAML in front matter: " + oneLine(e.getMessage()));
            }
        } else if (kind == Kind.TOML) {
            toml = TomlFields.parse(inner);
        } else if (kind == Kind.JSON) {
            try {
                Object root = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                        new org.yaml.snakeyaml.LoaderOptions())).load(inner); // JSON reads as YAML's flow style
                if (root instanceof Map) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    ((Map<?, ?>) root).forEach((k, v) -> values.put(String.valueOf(k), v));
                    toml = values;
                } else {
                    trouble = new FrontMatterProblem(1, 1, "JSON front matter is not an object");
                }
            } catch (YAMLException e) {
                trouble = new FrontMatterProblem(1, 1, "invalid JSON in front matter: " + oneLine(e.getMessage()));
            }
        }
        this.entries = found;
        this.problem = trouble != null ? trouble : unread;
        this.tomlValues = toml;
    }

    /** Front matter from its three parts: opening line, content lines, closing line (each with line breaks). */
    static FrontMatter of(Kind kind, String open, String inner, String close, String newline) {
        return new FrontMatter(kind, open, inner, close, newline);
    }

    /** No front matter yet; the first edit creates a YAML block using {@code newline}. */
    static FrontMatter none(String newline) {
        return new FrontMatter(Kind.NONE, "", "", "", newline);
    }

    /**
     * No front matter was found, though the text looks like it meant to have some ({@code problem} says why,
     * e.g. it is never closed; null when it does not): typed edits are refused, so that an edit never puts a
     * second block in front of the writer's unclosed one.
     */
    static FrontMatter none(String newline, FrontMatterProblem problem) {
        return new FrontMatter(Kind.NONE, "", "", "", newline, problem);
    }

    /** Parses a block as {@link Post#frontMatterBlock()} gives it ("" for none). */
    public static FrontMatter parseBlock(String block) {
        return Post.parse(block).frontMatter();
    }

    // ---------------------------------------------------------------- reading

    public Kind kind() {
        return kind;
    }

    /** The whole block with its delimiter lines, exactly as it will be written. */
    public String block() {
        return open + inner + close;
    }

    /** The text between the delimiter lines. */
    public String content() {
        return inner;
    }

    /** The line break this block uses ("\n" or "\r\n"). */
    public String newline() {
        return newline;
    }

    /** Why the YAML could not be read (file line and column), or empty. */
    public Optional<FrontMatterProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** True when typed edits are possible (YAML that parses, or no front matter yet). */
    public boolean editable() {
        return kind != Kind.TOML && kind != Kind.JSON && problem == null;
    }

    /** The top-level keys in file order. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        if (kind == Kind.TOML || kind == Kind.JSON) {
            keys.addAll(tomlValues.keySet());
        } else if (problem != null) {
            keys.addAll(fallbackScan().keySet());
        } else {
            entries.forEach(e -> keys.add(e.key));
        }
        return keys;
    }

    public boolean has(String key) {
        return keys().contains(key);
    }

    /**
     * A key's value: String, Boolean, Long, Double, List or Map (dates stay text; read them with {@link #date()}),
     * empty when the key is absent or null.
     */
    public Optional<Object> get(String key) {
        if (kind == Kind.TOML || kind == Kind.JSON) {
            return Optional.ofNullable(tomlValues.get(key));
        }
        if (problem != null) {
            return Optional.ofNullable(fallbackScan().get(key));
        }
        Entry e = entry(key);
        return e == null ? Optional.empty() : Optional.ofNullable(toJava(e.value, 0));
    }

    /** All keys and values, in file order (see {@link #get}). */
    public Map<String, Object> values() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String key : keys()) {
            all.put(key, get(key).orElse(null));
        }
        return all;
    }

    /** A scalar value as text; empty for absent, null, lists and maps. */
    public Optional<String> string(String key) {
        return get(key).filter(v -> !(v instanceof List) && !(v instanceof Map)).map(String::valueOf)
                .filter(s -> !s.isEmpty());
    }

    public Optional<String> title() {
        return string("title");
    }

    public Optional<String> author() {
        Optional<Object> v = get("author");
        if (v.isPresent() && v.get() instanceof Map) {
            return Optional.ofNullable(((Map<?, ?>) v.get()).get("name")).map(String::valueOf);
        }
        if (v.isPresent() && v.get() instanceof List) {
            return ((List<?>) v.get()).stream().findFirst().map(String::valueOf);
        }
        return string("author").or(() -> firstOf(get("authors")));
    }

    /** The date's text as written (quotes removed). */
    public Optional<String> dateText() {
        return string("date");
    }

    /** The date, when there is one and it parses. */
    public Optional<PostDate> date() {
        return dateText().flatMap(PostDates::parse);
    }

    /** Categories from {@code categories} (list, or words of a string) or {@code category}. */
    public List<String> categories() {
        return has("categories") ? list("categories", true) : list("category", false);
    }

    /** Tags from {@code tags} (list, or words of a string) or {@code tag}. */
    public List<String> tags() {
        return has("tags") ? list("tags", true) : list("tag", false);
    }

    /** The hero image path from the first of heroimage, image, cover, hero, featured_image (or their .image). */
    public Optional<String> heroImage() {
        for (String key : HERO_KEYS) {
            Optional<Object> v = get(key);
            if (v.isPresent() && v.get() instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) v.get();
                for (String inner : List.of("image", "src", "url", "teaser", "overlay_image")) {
                    if (m.get(inner) instanceof String && !((String) m.get(inner)).isEmpty()) {
                        return Optional.of((String) m.get(inner));
                    }
                }
            } else if (!key.equals("header")) {
                Optional<String> s = string(key);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> description() {
        for (String key : DESCRIPTION_KEYS) {
            Optional<String> s = string(key);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    public Optional<Boolean> draft() {
        return bool("draft");
    }

    public Optional<Boolean> published() {
        return bool("published");
    }

    public Optional<String> slug() {
        return string("slug");
    }

    public Optional<String> permalink() {
        return string("permalink");
    }

    public Optional<String> layout() {
        return string("layout");
    }

    /** A boolean value (YAML true/false/yes/no, or such a string). */
    public Optional<Boolean> bool(String key) {
        Optional<Object> v = get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof Boolean) {
            return Optional.of((Boolean) v.get());
        }
        String s = String.valueOf(v.get()).strip().toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "on").contains(s)) {
            return Optional.of(true);
        }
        if (List.of("false", "no", "off").contains(s)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** The inner line range (0-based, inclusive, relative to {@link #content()}) of a key, or empty. */
    public Optional<int[]> lineRange(String key) {
        Entry e = kind == Kind.YAML ? entry(key) : null;
        return e == null ? Optional.empty() : Optional.of(new int[] {e.keyLine, e.endLine});
    }

    // ---------------------------------------------------------------- editing

    /** Sets the title. */
    public FrontMatter withTitle(String title) {
        return set("title", title);
    }

    /**
     * Sets the date, written in the style of the date already there (without one: the given date's own style,
     * e.g. {@link DateStyle#JEKYLL} for {@code yyyy-MM-dd HH:mm:ss Z}).
     * A date without offset takes the existing date's offset when that style has one.
     */
    public FrontMatter withDate(PostDate date) {
        return set("date", date);
    }

    /** Sets the categories in whichever key the post uses; a single category stays a plain string. */
    public FrontMatter withCategories(List<String> categories) {
        checkEditable();
        if (categories.equals(categories())) {
            return this;
        }
        String key = has("categories") ? "categories"
                : has("category") || categories.size() == 1 ? "category" : "categories";
        if (categories.isEmpty()) {
            return remove(key);
        }
        return !has(key) && categories.size() == 1 ? set(key, categories.get(0)) : set(key, categories);
    }

    /** Sets the tags; an empty list removes the key. */
    public FrontMatter withTags(List<String> tags) {
        checkEditable();
        if (tags.equals(tags())) {
            return this;
        }
        String key = has("tags") || !has("tag") ? "tags" : "tag";
        return tags.isEmpty() ? remove(key) : set(key, tags);
    }

    public FrontMatter withDraft(boolean draft) {
        return set("draft", draft);
    }

    /**
     * Sets a top-level key. Values: String, Boolean, Number, {@link PostDate}, or a List of those. Only the key's
     * own lines change, keeping its quoting and list style; a new key goes at the end; setting the current value
     * returns this unchanged.
     *
     * @throws FrontMatterEditException for TOML, broken YAML, or a value that cannot be written
     */
    public FrontMatter set(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value (use remove to delete a key)");
        checkEditable();
        if (key.isBlank() || key.contains("\n") || key.contains("\r")) {
            throw new FrontMatterEditException("A front matter key must be one non-empty line: '" + key + "'");
        }
        if (kind == Kind.NONE) {
            String fresh = newKeyLines(key, value);
            return verified(of(Kind.YAML, "---" + newline, fresh, "---" + newline, newline), key, value);
        }
        Entry e = entry(key);
        if (e == null) {
            String fresh = indented(newKeyLines(key, value));
            return verified(withInner(inner + fresh), key, value);
        }
        if (sameValue(e, value)) {
            return this;
        }
        List<String> replacement = replaceLines(e, value, false);
        FrontMatter edited = withInner(join(lines.subList(0, e.keyLine), replacement,
                lines.subList(e.endLine + 1, lines.size())));
        if (edited.problem == null && edited.sameValue(edited.entry(key), value)) {
            return edited;
        }
        replacement = replaceLines(e, value, true);
        return verified(withInner(join(lines.subList(0, e.keyLine), replacement,
                lines.subList(e.endLine + 1, lines.size()))), key, value);
    }

    /**
     * Adds one item to a top-level list (made when absent, a single value becoming a list): in a block list one new
     * item line after the last item, in the items' own indentation and quoting, so every other byte (comments,
     * spacing, line breaks) stays; otherwise as {@link #set}. An item already listed returns this.
     *
     * @throws FrontMatterEditException for TOML, JSON or broken YAML
     */
    public FrontMatter withListItem(String key, String item) {
        Objects.requireNonNull(item, "item");
        checkEditable();
        Entry e = kind == Kind.YAML ? entry(key) : null;
        List<String> items = new ArrayList<>();
        Object current = e == null ? null : toJava(e.value, 0);
        if (current instanceof List) {
            items.addAll(strings((List<?>) current));
        } else if (current != null && !(current instanceof Map)) {
            items.add(String.valueOf(current));
        }
        if (items.contains(item)) {
            return this;
        }
        items.add(item);
        if (e != null && e.value instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !seq.getValue().isEmpty() && current instanceof List) {
            Node last = seq.getValue().get(seq.getValue().size() - 1);
            int after = last.getEndMark().getLine();
            if (last.getEndMark().getColumn() == 0 && after > last.getStartMark().getLine()) {
                after--; // the item ended with its line break
            }
            if (after < lines.size()) {
                String lastLine = lines.get(after);
                String lineBreak = lastLine.substring(stripBreak(lastLine).length());
                String fresh = blockItemPrefix(seq) + YamlScalars.render(item, itemQuote(seq), true, false)
                        + (lineBreak.isEmpty() ? newline : lineBreak);
                List<String> before = new ArrayList<>(lines.subList(0, after + 1));
                if (lineBreak.isEmpty()) { // the last line of the block had no line break of its own
                    before.set(after, lastLine + newline);
                    fresh = stripBreak(fresh);
                }
                FrontMatter edited = withInner(join(before, List.of(fresh), lines.subList(after + 1, lines.size())));
                if (edited.problem == null && edited.sameValue(edited.entry(key), items)) {
                    return edited;
                }
            }
        }
        return set(key, items);
    }

    /** Removes a top-level key's lines; nothing else changes. Removing an absent key returns this. */
    public FrontMatter remove(String key) {
        checkEditable();
        Entry e = kind == Kind.YAML ? entry(key) : null;
        if (e == null) {
            return this;
        }
        return withInner(join(lines.subList(0, e.keyLine), List.of(), lines.subList(e.endLine + 1, lines.size())));
    }

    private FrontMatter verified(FrontMatter edited, String key, Object value) {
        if (edited.problem != null || !edited.sameValue(edited.entry(key), value)) {
            throw new FrontMatterEditException("Quire could not write " + key + " = " + value
                    + " as YAML that reads back the same; edit it in the text instead");
        }
        return edited;
    }

    private void checkEditable() {
        if (kind == Kind.TOML || kind == Kind.JSON) {
            throw new FrontMatterEditException("This post has " + kind + " front matter" + (kind == Kind.TOML
                    ? " (+++)" : "") + "; Quire shows it but edits it only as text.");
        }
        if (problem != null && kind == Kind.NONE) {
            throw new FrontMatterEditException("Quire cannot read this post's front matter (line " + problem.line()
                    + ": " + problem.message() + "); fix it in the text before editing fields.");
        }
        if (problem != null) {
            throw new FrontMatterEditException("The front matter has a YAML error at line " + problem.line()
                    + ", column " + problem.column() + " (" + problem.message()
                    + "); fix it in the text before editing fields.");
        }
    }

    private FrontMatter withInner(String newInner) {
        return of(kind, open, newInner, close, newline);
    }

    private boolean sameValue(Entry e, Object value) {
        if (e == null) {
            return false;
        }
        Object current = toJava(e.value, 0);
        if (value instanceof PostDate) {
            Optional<PostDate> now = current instanceof String ? PostDates.parse((String) current) : Optional.empty();
            return now.isPresent() && PostDates.format(dateToWrite(e, (PostDate) value), now.get().style())
                    .equals(PostDates.format(now.get(), now.get().style()));
        }
        if (value instanceof List) {
            List<String> want = strings((List<?>) value);
            if (current instanceof List) {
                return strings((List<?>) current).equals(want);
            }
            return want.size() == 1 && current != null && !(current instanceof Map)
                    && String.valueOf(current).equals(want.get(0));
        }
        if (value instanceof Number && current instanceof Number) {
            return String.valueOf(value).equals(String.valueOf(current));
        }
        return value.equals(current);
    }

    private static List<String> strings(List<?> list) {
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            out.add(o instanceof PostDate ? ((PostDate) o).format() : String.valueOf(o));
        }
        return out;
    }

    /** The new lines for an existing entry. {@code safe}: rewrite the whole key in the plainest sure form. */
    private List<String> replaceLines(Entry e, Object value, boolean safe) {
        String keyLine = lines.get(e.keyLine);
        String keyText = stripBreak(keyLine);
        String lineBreak = keyLine.substring(keyText.length());
        if (lineBreak.isEmpty()) {
            lineBreak = newline;
        }
        Node v = e.value;
        boolean oneLine = v.getStartMark().getLine() == e.keyLine && v.getEndMark().getLine() == e.keyLine;
        List<String> out = new ArrayList<>();
        if (!safe && oneLine) {
            int from = charIndex(keyText, v.getStartMark().getColumn());
            int to = charIndex(keyText, v.getEndMark().getColumn());
            // keep an anchor (&a) or tag (!!str) written before the value
            while (from < to && (keyText.charAt(from) == '&' || keyText.charAt(from) == '!')) {
                int space = keyText.indexOf(' ', from);
                if (space < 0 || space >= to) {
                    break;
                }
                from = space;
                while (from < to && keyText.charAt(from) == ' ') {
                    from++;
                }
            }
            String old = keyText.substring(from, to);
            String text = null;
            if (v instanceof ScalarNode && !(value instanceof List && ((List<?>) value).size() != 1)
                    && isInlineScalar((ScalarNode) v) && !old.isEmpty()) {
                Object scalar = value instanceof List ? ((List<?>) value).get(0) : value;
                text = scalarText(scalar, YamlScalars.quoteOf(((ScalarNode) v).getScalarStyle()), e);
            } else if (v instanceof SequenceNode && value instanceof List && old.startsWith("[")) {
                text = YamlScalars.flowList(strings((List<?>) value), itemQuotes((SequenceNode) v),
                        itemQuote((SequenceNode) v), old.startsWith("[ "));
            }
            if (text != null) {
                out.add(keyText.substring(0, from) + text + keyText.substring(to) + lineBreak);
                return out;
            }
        }
        String prefix = keyPrefix(e, keyText);
        if (!safe && value instanceof List && !((List<?>) value).isEmpty() && v instanceof SequenceNode
                && ((SequenceNode) v).getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
            SequenceNode seq = (SequenceNode) v;
            out.add(keyLine.endsWith("\n") ? keyLine : keyLine + newline);
            String itemPrefix = blockItemPrefix(seq);
            List<YamlScalars.Quote> quotes = itemQuotes(seq);
            List<String> items = strings((List<?>) value);
            for (int i = 0; i < items.size(); i++) {
                YamlScalars.Quote q = i < quotes.size() ? quotes.get(i) : itemQuote(seq);
                out.add(itemPrefix + YamlScalars.render(items.get(i), q, true, false) + lineBreak);
            }
            return out;
        }
        if (value instanceof List) {
            List<String> items = strings((List<?>) value);
            if (!safe && items.size() == 1 && v instanceof ScalarNode) {
                out.add(prefix + " " + scalarText(items.get(0), YamlScalars.Quote.PLAIN, e) + lineBreak);
            } else if (!safe && !items.isEmpty() && prefersBlockLists()) {
                out.add(prefix + lineBreak);
                for (String item : items) {
                    out.add(blockItemPrefixOfFile() + YamlScalars.render(item, YamlScalars.Quote.PLAIN, true, false)
                            + lineBreak);
                }
            } else {
                out.add(prefix + " " + YamlScalars.flowList(items, safe ? YamlScalars.Quote.DOUBLE
                        : YamlScalars.Quote.PLAIN, false) + lineBreak);
            }
            return out;
        }
        YamlScalars.Quote quote = v instanceof ScalarNode && !safe
                ? YamlScalars.quoteOf(((ScalarNode) v).getScalarStyle()) : YamlScalars.Quote.PLAIN;
        String text = safe && value instanceof String ? YamlScalars.doubleQuoted((String) value)
                : scalarText(value, quote, e);
        out.add(prefix + " " + text + lineBreak);
        return out;
    }

    private static boolean isInlineScalar(ScalarNode s) {
        DumperOptions.ScalarStyle st = s.getScalarStyle();
        return st == DumperOptions.ScalarStyle.PLAIN || st == DumperOptions.ScalarStyle.SINGLE_QUOTED
                || st == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
    }

    private String scalarText(Object value, YamlScalars.Quote quote, Entry e) {
        if (value instanceof Boolean || value instanceof Number) {
            return String.valueOf(value);
        }
        if (value instanceof PostDate) {
            PostDate date = dateToWrite(e, (PostDate) value);
            return YamlScalars.render(PostDates.format(date, date.style()), quote, false, false);
        }
        return YamlScalars.render(String.valueOf(value), quote, true, false);
    }

    /** The date in the existing date's style, taking its offset when the new one has none. */
    private static PostDate dateToWrite(Entry e, PostDate date) {
        Optional<PostDate> old = e == null ? Optional.empty()
                : Optional.ofNullable(toJava(e.value, 0)).map(String::valueOf).flatMap(PostDates::parse);
        DateStyle style = old.map(PostDate::style).orElse(date.style());
        if (date.offset().isEmpty() && old.flatMap(PostDate::offset).isPresent()) {
            return PostDate.of(date.localDateTime().atOffset(old.get().offset().get()), style);
        }
        return date.withStyle(style);
    }

    /**
     * New key lines indented like the block's existing top-level keys: YAML allows the whole mapping to be
     * indented (" title: x"), and a new key at column 0 after such keys would not parse.
     */
    private String indented(String fresh) {
        if (entries.isEmpty()) {
            return fresh;
        }
        String first = lines.get(entries.get(0).keyLine);
        int n = 0;
        while (n < first.length() && first.charAt(n) == ' ') {
            n++;
        }
        if (n == 0) {
            return fresh;
        }
        String pad = first.substring(0, n);
        StringBuilder out = new StringBuilder(fresh.length() + 16);
        for (String line : TextLines.split(fresh)) {
            out.append(pad).append(line);
        }
        return out.toString();
    }

    private String newKeyLines(String key, Object value) {
        String k = YamlScalars.plainReadsBack(key, true, false) && !key.contains(":") ? key
                : YamlScalars.render(key, YamlScalars.Quote.DOUBLE, true, false);
        if (value instanceof List) {
            List<String> items = strings((List<?>) value);
            if (!items.isEmpty() && prefersBlockLists()) {
                StringBuilder sb = new StringBuilder(k).append(':').append(newline);
                for (String item : items) {
                    sb.append(blockItemPrefixOfFile()).append(YamlScalars.render(item, YamlScalars.Quote.PLAIN, true,
                            false)).append(newline);
                }
                return sb.toString();
            }
            return k + ": " + YamlScalars.flowList(items, YamlScalars.Quote.PLAIN, false) + newline;
        }
        return k + ": " + scalarText(value, YamlScalars.Quote.PLAIN, null) + newline;
    }

    /** The key line up to and including its colon. */
    private String keyPrefix(Entry e, String keyText) {
        int from = charIndex(keyText, e.keyNode.getEndMark().getColumn());
        int colon = keyText.indexOf(':', from);
        return colon >= 0 ? keyText.substring(0, colon + 1) : e.key + ":";
    }

    private boolean prefersBlockLists() {
        for (Entry e : entries) {
            if (e.value instanceof SequenceNode && !((SequenceNode) e.value).getValue().isEmpty()) {
                return ((SequenceNode) e.value).getFlowStyle() == DumperOptions.FlowStyle.BLOCK;
            }
        }
        return false;
    }

    private String blockItemPrefixOfFile() {
        for (Entry e : entries) {
            if (e.value instanceof SequenceNode && ((SequenceNode) e.value).getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                    && !((SequenceNode) e.value).getValue().isEmpty()) {
                return blockItemPrefix((SequenceNode) e.value);
            }
        }
        return "  - ";
    }

    private String blockItemPrefix(SequenceNode seq) {
        if (!seq.getValue().isEmpty()) {
            Node first = seq.getValue().get(0);
            int line = first.getStartMark().getLine();
            if (line < lines.size()) {
                String text = stripBreak(lines.get(line));
                String p = text.substring(0, Math.min(text.length(), charIndex(text, first.getStartMark().getColumn())));
                if (p.strip().equals("-")) {
                    return p;
                }
            }
        }
        return "  - ";
    }

    private static List<YamlScalars.Quote> itemQuotes(SequenceNode seq) {
        List<YamlScalars.Quote> quotes = new ArrayList<>();
        for (Node n : seq.getValue()) {
            quotes.add(n instanceof ScalarNode ? YamlScalars.quoteOf(((ScalarNode) n).getScalarStyle())
                    : YamlScalars.Quote.PLAIN);
        }
        return quotes;
    }

    private static YamlScalars.Quote itemQuote(SequenceNode seq) {
        for (Node n : seq.getValue()) {
            if (n instanceof ScalarNode) {
                return YamlScalars.quoteOf(((ScalarNode) n).getScalarStyle());
            }
        }
        return YamlScalars.Quote.PLAIN;
    }

    // ---------------------------------------------------------------- internals

    private Entry entry(String key) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.key.equals(key)) {
                found = e;
            }
        }
        return found;
    }

    private List<Entry> entries(MappingNode root) {
        List<NodeTuple> tuples = root.getValue();
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple t = tuples.get(i);
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                continue;
            }
            ScalarNode keyNode = (ScalarNode) t.getKeyNode();
            int keyLine = keyNode.getStartMark().getLine();
            int limit = i + 1 < tuples.size() ? tuples.get(i + 1).getKeyNode().getStartMark().getLine() - 1
                    : lines.size() - 1;
            Node v = t.getValueNode();
            int end = v.getEndMark().getLine();
            if (v.getEndMark().getColumn() == 0 && end > keyLine) {
                end--;
            }
            end = Math.max(keyLine, Math.min(end, limit));
            boolean blockScalar = v instanceof ScalarNode && !isInlineScalar((ScalarNode) v);
            while (end > keyLine && end < lines.size() && trailingNeighbourLine(lines.get(end), blockScalar)) {
                end--;
            }
            out.add(new Entry(keyNode.getValue(), keyLine, end, keyNode, v));
        }
        return out;
    }

    private static boolean trailingNeighbourLine(String line, boolean blockScalar) {
        String s = stripBreak(line);
        if (s.isBlank()) {
            return true;
        }
        return blockScalar ? s.startsWith("#") : s.stripLeading().startsWith("#");
    }

    private List<String> list(String key, boolean splitWords) {
        Optional<Object> v = get(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (v.get() instanceof List) {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) v.get()) {
                if (o != null && !String.valueOf(o).isBlank()) {
                    out.add(String.valueOf(o));
                }
            }
            return Collections.unmodifiableList(out);
        }
        if (v.get() instanceof Map) {
            return List.of();
        }
        String s = String.valueOf(v.get()).strip();
        if (s.isEmpty()) {
            return List.of();
        }
        return splitWords ? List.of(s.split("\\s+")) : List.of(s);
    }

    private static Optional<String> firstOf(Optional<Object> v) {
        if (v.isPresent() && v.get() instanceof List && !((List<?>) v.get()).isEmpty()) {
            return Optional.of(String.valueOf(((List<?>) v.get()).get(0)));
        }
        return v.filter(o -> !(o instanceof Map) && !(o instanceof List)).map(String::valueOf);
    }

    /** Top-level {@code key: value} lines, for reading what can be read from YAML that does not parse. */
    private Map<String, Object> fallbackScan() {
        Map<String, Object> found = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = stripBreak(raw);
            int colon = line.indexOf(':');
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#") || line.startsWith("-")
                    || colon <= 0) {
                continue;
            }
            String v = line.substring(colon + 1).strip();
            String key = line.substring(0, colon).strip();
            if (v.startsWith("[") && v.endsWith("]")) { // a simple flow list: [a, "b c"] or []
                List<String> items = new ArrayList<>();
                for (String item : v.substring(1, v.length() - 1).split(",")) {
                    String t = unquote(item.strip());
                    if (!t.isEmpty()) {
                        items.add(t);
                    }
                }
                found.put(key, items);
                continue;
            }
            found.put(key, unquote(v));
        }
        return found;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static Object toJava(Node node, int depth) {
        if (depth > 50) {
            return null;
        }
        if (node instanceof ScalarNode) {
            return scalar((ScalarNode) node);
        }
        if (node instanceof SequenceNode) {
            List<Object> out = new ArrayList<>();
            for (Node n : ((SequenceNode) node).getValue()) {
                out.add(toJava(n, depth + 1));
            }
            return out;
        }
        if (node instanceof MappingNode) {
            Map<String, Object> out = new LinkedHashMap<>();
            Map<Node, Boolean> seen = new IdentityHashMap<>();
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                if (seen.put(t.getKeyNode(), Boolean.TRUE) == null) {
                    Object k = toJava(t.getKeyNode(), depth + 1);
                    out.put(String.valueOf(k), toJava(t.getValueNode(), depth + 1));
                }
            }
            return out;
        }
        return null;
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return List.of("true", "yes", "on", "y").contains(v.toLowerCase(Locale.ROOT));
        }
        if (tag.equals(Tag.INT)) {
            try {
                return Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (tag.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    private static String stripBreak(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private static int charIndex(String line, int codePointColumn) {
        int cps = line.codePointCount(0, line.length());
        return line.offsetByCodePoints(0, Math.min(codePointColumn, cps));
    }

    private static String join(List<String> before, List<String> middle, List<String> after) {
        StringBuilder sb = new StringBuilder();
        before.forEach(sb::append);
        middle.forEach(sb::append);
        after.forEach(sb::append);
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "unknown problem" : s.replaceAll("\\s+", " ").strip();
    }
}
