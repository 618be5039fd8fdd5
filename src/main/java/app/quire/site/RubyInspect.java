package app.quire.site;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ruby's {@code inspect} of Liquid values, as Jekyll's {@code inspect} filter shows them (Ruby 3.1, the Ruby of
 * Jekyll 4 installs): strings quoted with Ruby's escapes, integers and floats as Ruby prints them
 * ({@code 2.0}, {@code 1.0e-05}), {@code nil}, {@code true}, arrays {@code [1, "a"]}, hashes
 * {@code {"a"=>1}}, times {@code 2024-01-02 09:05:00 +1000}.
 */
final class RubyInspect {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT);

    private RubyInspect() {
    }

    /** The filter's output: the inspect text with {@code & < > "} escaped (Jekyll's {@code xml_escape}). */
    static String xmlEscaped(Object v) {
        String text = of(v);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String of(Object v) {
        StringBuilder out = new StringBuilder();
        append(v, out, 0);
        return out.toString();
    }

    private static void append(Object v, StringBuilder out, int depth) {
        if (depth > 100) {
            out.append("[...]"); // Ruby's mark for a list inside itself
            return;
        }
        if (v == null) {
            out.append("nil");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte || v instanceof BigInteger) {
            out.append(v);
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            out.append(rubyFloat(((Number) v).doubleValue()));
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ", ");
                first = false;
                append(e.getKey(), out, depth + 1);
                out.append("=>");
                append(e.getValue(), out, depth + 1);
            }
            out.append('}');
        } else if (v instanceof Collection<?> || v instanceof Object[]) {
            Collection<?> items = v instanceof Collection<?> c ? c : List.of((Object[]) v);
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                out.append(first ? "" : ", ");
                first = false;
                append(item, out, depth + 1);
            }
            out.append(']');
        } else if (v instanceof ZonedDateTime z) {
            out.append(TIME.format(z));
        } else if (v instanceof OffsetDateTime o) {
            out.append(TIME.format(o));
        } else {
            string(String.valueOf(v), out);
        }
    }

    /** Ruby's Float#to_s: shortest digits; plain from 1e-4 up to 1e16, else {@code d.ddde+XX}. */
    static String rubyFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = b.unscaledValue().toString();
        int point = digits.length() - b.scale(); // digits before the decimal point
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (point > 0 && point <= 16) {
            if (digits.length() <= point) {
                out.append(digits).append("0".repeat(point - digits.length())).append(".0");
            } else {
                out.append(digits, 0, point).append('.').append(digits.substring(point));
            }
        } else if (point <= 0 && point > -4) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else {
            out.append(digits.charAt(0)).append('.').append(digits.length() > 1 ? digits.substring(1) : "0");
            int exp = point - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            out.append(e.length() < 2 ? "0" + e : e);
        }
        return out.toString();
    }

    /** Ruby's String#inspect of a UTF-8 string. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case 0x0b -> out.append("\\v");
                case 0x08 -> out.append("\\b");
                case 0x07 -> out.append("\\a");
                case 0x1b -> out.append("\\e");
                case '#' -> {
                    boolean interpolation = next < s.length() && "{$@".indexOf(s.charAt(next)) >= 0;
                    out.append(interpolation ? "\\#" : "#");
                }
                default -> {
                    if (printable(c)) {
                        out.appendCodePoint(c);
                    } else if (c < 0x10000) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u{%X}", c));
                    }
                }
            }
            i = next;
        }
        out.append('"');
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
