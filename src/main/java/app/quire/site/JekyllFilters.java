package app.quire.site;

import app.quire.post.PostDate;
import app.quire.post.PostDates;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * The filters Jekyll adds to Liquid that posts use and Liqp lacks: {@code date_to_xmlschema},
 * {@code date_to_rfc822}, {@code date_to_string}, {@code date_to_long_string} (with {@code "ordinal"} and
 * {@code "US"}), {@code slugify} (Jekyll's modes), {@code markdownify} (kramdown's attribute lists applied:
 * {@link KramdownMarks#markdownify}), {@code jsonify},
 * {@code number_of_words}, {@code cgi_escape}, {@code uri_escape}, {@code array_to_sentence_string},
 * {@code smartify}, {@code group_by}, {@code group_by_exp}, {@code find}, {@code find_exp}, {@code inspect}
 * ({@link RubyInspect}) and {@code sample} (repeatable: {@link #sample}). Without them a post using one was shown with all its Liquid as written. A value a date
 * filter cannot read as a date is returned unchanged.
 */
final class JekyllFilters {
    private static final DateTimeFormatter XML = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter RFC822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);

    private JekyllFilters() {
    }

    static List<Filter> all() {
        return List.of(
                filter("date_to_xmlschema", (v, p) -> date(v) == null ? v : XML.format(date(v))),
                filter("date_to_rfc822", (v, p) -> date(v) == null ? v : RFC822.format(date(v))),
                filter("date_to_string", (v, p) -> dateString(v, "MMM", p)),
                filter("date_to_long_string", (v, p) -> dateString(v, "MMMM", p)),
                filter("slugify", (v, p) -> slugify(text(v), p.length > 0 ? text(p[0]) : "default")),
                filter("markdownify", (v, p) -> KramdownMarks.markdownify(text(v))),
                filter("jsonify", (v, p) -> json(v, new StringBuilder()).toString()),
                filter("number_of_words", (v, p) -> {
                    String t = text(v).strip();
                    return t.isEmpty() ? 0 : t.split("\\s+").length;
                }),
                filter("cgi_escape", (v, p) -> escape(text(v), "", true)),
                filter("uri_escape", (v, p) -> escape(text(v), ":/?#[]@!$&'()*+,;=%", false)),
                filter("array_to_sentence_string", (v, p) -> sentence(v, p.length > 0 ? text(p[0]) : "and")),
                filter("smartify", (v, p) -> smartify(text(v))),
                contextFilter("group_by", (v, p, c) -> groupBy(v,
                        item -> text(property(item, p.length > 0 ? text(p[0]) : "")))),
                contextFilter("group_by_exp", (v, p, c) -> p.length < 2 ? v
                        : groupBy(v, expression(c, text(p[0]), text(p[1])))),
                contextFilter("find", (v, p, c) -> p.length < 2 ? null : first(v,
                        item -> text(property(item, text(p[0]))).equals(text(p[1])))),
                contextFilter("find_exp", (v, p, c) -> p.length < 2 ? null : first(v,
                        item -> "true".equals(condition(c, text(p[0]), text(p[1])).apply(item)))),
                filter("inspect", (v, p) -> RubyInspect.xmlEscaped(v)),
                contextFilter("sample", (v, p, c) -> sample(v, p.length > 0 ? p[0] : 1, c.get("page"))));
    }

    private interface ApplyInContext {
        Object apply(Object value, Object[] params, TemplateContext context);
    }

    private static Filter contextFilter(String name, ApplyInContext apply) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return apply.apply(value, params, context);
            }
        };
    }

    /**
     * Jekyll's {@code sample} without its randomness (decision 0222): the same items for the same input on the
     * same page, so two exports are byte-identical. The pick is a shuffle seeded from the input's
     * {@code inspect} text and the page's URL ({@link java.util.Random}, whose sequence Java specifies), so
     * different lists and different pages still get different picks. One item for {@code n == 1} (nil from an
     * empty list), else a list of {@code min(n, size)} distinct items; anything that is not a list is returned
     * as it is (as Jekyll returns what has no {@code sample}).
     */
    static Object sample(Object v, Object count, Object page) {
        if (!(v instanceof Collection<?>) && !(v instanceof Object[])) {
            return v;
        }
        List<Object> items = new ArrayList<>(items(v));
        int n;
        try {
            n = count instanceof Number num ? num.intValue() : Integer.parseInt(text(count).strip());
        } catch (NumberFormatException e) {
            n = 1;
        }
        Object url = page instanceof Map<?, ?> m ? m.get("url") : null;
        String seedText = RubyInspect.of(items) + "\n" + (url == null ? "" : url);
        long seed = 1125899906842597L;
        for (int i = 0; i < seedText.length(); i++) {
            seed = 31 * seed + seedText.charAt(i);
        }
        java.util.Random random = new java.util.Random(seed);
        int picks = Math.max(0, Math.min(n, items.size()));
        for (int i = 0; i < picks; i++) { // a partial Fisher-Yates shuffle: the first picks are the sample
            java.util.Collections.swap(items, i, i + random.nextInt(items.size() - i));
        }
        if (n == 1) {
            return items.isEmpty() ? null : items.get(0);
        }
        return new ArrayList<>(items.subList(0, picks));
    }

    private static List<Object> items(Object v) {
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (v instanceof Object[] a) {
            return List.of(a);
        }
        return v == null ? List.of() : List.of(v);
    }

    private static Object property(Object item, String name) {
        return item instanceof Map<?, ?> m ? m.get(name) : null;
    }

    /** Jekyll's group_by: [{name, items, size}] in the order the names first occur. */
    private static List<Map<String, Object>> groupBy(Object v, java.util.function.Function<Object, String> key) {
        Map<String, List<Object>> groups = new java.util.LinkedHashMap<>();
        for (Object item : items(v)) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((name, list) -> {
            Map<String, Object> g = new java.util.LinkedHashMap<>();
            g.put("name", name);
            g.put("items", list);
            g.put("size", list.size());
            out.add(g);
        });
        return out;
    }

    private static Object first(Object v, java.util.function.Predicate<Object> test) {
        for (Object item : items(v)) {
            if (test.test(item)) {
                return item;
            }
        }
        return null;
    }

    /** A Liquid expression evaluated for each item as {@code variable} (the page's other variables seen too). */
    private static java.util.function.Function<Object, String> expression(TemplateContext context, String variable,
            String expr) {
        return evaluated(context.getParser(), context, variable, expr);
    }

    /** A Liquid condition ({@code p.title contains 'x'}) evaluated to "true" or "false" for each item. */
    private static java.util.function.Function<Object, String> condition(TemplateContext context, String variable,
            String expr) {
        return evaluated(new liqp.TemplateParser.Builder(context.getParser()).withEvaluateInOutputTag(true).build(),
                context, variable, expr);
    }

    private static java.util.function.Function<Object, String> evaluated(liqp.TemplateParser parser,
            TemplateContext context, String variable, String expr) {
        liqp.Template t = parser.parse("{{ " + expr + " }}");
        return item -> {
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put(variable, item);
            return t.renderUnguarded(vars, context, true).strip();
        };
    }

    private interface Apply {
        Object apply(Object value, Object[] params);
    }

    private static Filter filter(String name, Apply apply) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return apply.apply(value, params);
            }
        };
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    /** The value as a date-time with its offset (a date alone at midnight in the system zone); null if none. */
    static ZonedDateTime date(Object v) {
        if (v instanceof ZonedDateTime z) {
            return z;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toZonedDateTime();
        }
        if (v instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault());
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay(ZoneId.systemDefault());
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault());
        }
        if (v instanceof TemporalAccessor t) {
            try {
                return ZonedDateTime.from(t);
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (v instanceof CharSequence s) {
            String t = s.toString().strip();
            try {
                return OffsetDateTime.parse(t).toZonedDateTime();
            } catch (RuntimeException e) {
                PostDate d = PostDates.parse(t).orElse(null);
                return d == null ? null : d.offsetDateTime().map(OffsetDateTime::toZonedDateTime)
                        .orElseGet(() -> d.localDateTime().atZone(ZoneId.systemDefault()));
            }
        }
        return null;
    }

    /** Jekyll's {@code 04 Mar 2024}; {@code "ordinal"}: {@code 4th Mar 2024}; with {@code "US"}: {@code Mar 4th, 2024}. */
    private static Object dateString(Object v, String month, Object[] params) {
        ZonedDateTime d = date(v);
        if (d == null) {
            return v;
        }
        boolean ordinal = params.length > 0 && "ordinal".equals(text(params[0]));
        String m = DateTimeFormatter.ofPattern(month, Locale.ENGLISH).format(d);
        if (!ordinal) {
            return String.format(Locale.ROOT, "%02d %s %d", d.getDayOfMonth(), m, d.getYear());
        }
        String day = ordinal(d.getDayOfMonth());
        boolean us = params.length > 1 && "US".equals(text(params[1]));
        return us ? m + " " + day + ", " + d.getYear() : day + " " + m + " " + d.getYear();
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** Jekyll's slugify modes: none, raw, default, pretty, ascii, latin; always lower case. */
    static String slugify(String s, String mode) {
        String m = mode == null ? "default" : mode;
        return switch (m) {
            case "none" -> s.toLowerCase(Locale.ROOT);
            case "raw" -> edges(s.replaceAll("\\s+", "-")).toLowerCase(Locale.ROOT);
            case "pretty" -> Slugs.jekyllPretty(s).toLowerCase(Locale.ROOT);
            case "ascii" -> edges(s.replaceAll("[^a-zA-Z0-9]+", "-")).toLowerCase(Locale.ROOT);
            case "latin" -> edges(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replaceAll("[^a-zA-Z0-9]+", "-")).toLowerCase(Locale.ROOT);
            default -> Slugs.jekyllDefault(s);
        };
    }

    private static String edges(String s) {
        return s.replaceAll("^-+|-+$", "");
    }

    /** JSON of Liquid values: maps, lists and arrays, strings, numbers, true/false, null; others as strings. */
    static StringBuilder json(Object v, StringBuilder out) {
        if (v == null) {
            return out.append("null");
        }
        if (v instanceof Boolean || v instanceof Number) {
            return out.append(v);
        }
        if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                json(String.valueOf(e.getKey()), out).append(':');
                json(e.getValue(), out);
            }
            return out.append('}');
        }
        Collection<?> items = v instanceof Collection<?> c ? c : v instanceof Object[] a ? List.of(a) : null;
        if (items != null) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                out.append(first ? "" : ",");
                first = false;
                json(item, out);
            }
            return out.append(']');
        }
        String s = String.valueOf(v);
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** Percent-encodes UTF-8 bytes except letters, digits, {@code -._~} and {@code keep}; {@code plus}: space as +. */
    static String escape(String s, String keep, boolean plus) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0 || keep.indexOf(c) >= 0)) {
                out.append(c);
            } else if (plus && c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** {@code a}, {@code a and b}, {@code a, b, and c} (Jekyll's wording, with the given connector). */
    private static Object sentence(Object v, String connector) {
        List<String> items = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(i -> items.add(text(i)));
        } else if (v instanceof Object[] a) {
            for (Object i : a) {
                items.add(text(i));
            }
        } else {
            return v;
        }
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            case 2 -> items.get(0) + " " + connector + " " + items.get(1);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + ", " + connector + " "
                    + items.get(items.size() - 1);
        };
    }

    /** Typographic quotes and dashes: "x" to “x”, 'x' and it's to ‘x’ and it’s, --- to —, -- to –, ... to …. */
    static String smartify(String s) {
        String t = s.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean opening = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([{\u2014\u2013".indexOf(t.charAt(i - 1)) >= 0;
            if (c == '"') {
                out.append(opening ? '\u201C' : '\u201D');
            } else if (c == '\'') {
                out.append(opening ? '\u2018' : '\u2019');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
