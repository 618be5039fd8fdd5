package app.quire.post;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Writes single YAML values as text (plain when YAML reads them back the same, quoted otherwise). */
final class YamlScalars {
    /** The quoting a value was written with. */
    enum Quote { PLAIN, SINGLE, DOUBLE }

    private YamlScalars() {
    }

    static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setWarnOnDuplicateKeys(false); // not logged on the console
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options));
    }

    static Node compose(String yaml) {
        return newYaml().compose(new StringReader(yaml));
    }

    /**
     * A string value as YAML text. {@code preferred} is kept when it can hold the value; plain falls back to
     * single quotes, single quotes to double quotes (multi-line text, control characters).
     *
     * @param mustBeString plain only when YAML reads it back as a string (not {@code true}, {@code 12}, {@code null})
     * @param inFlow       the value sits inside a flow list {@code [a, b]}
     */
    static String render(String value, Quote preferred, boolean mustBeString, boolean inFlow) {
        if (preferred == Quote.PLAIN && plainReadsBack(value, mustBeString, inFlow)) {
            return value;
        }
        if (preferred != Quote.DOUBLE && singleQuotable(value)) {
            return "'" + value.replace("'", "''") + "'";
        }
        return doubleQuoted(value);
    }

    static String doubleQuoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (!safeChar(value, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** YAML-printable and not a line break or BOM: may stand as itself inside quotes. */
    private static boolean safeChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
            return validSurrogateAt(s, i);
        }
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    private static boolean singleQuotable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!safeChar(value, i)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code value} written plain reads back as exactly that (and as a string when required). */
    static boolean plainReadsBack(String value, boolean mustBeString, boolean inFlow) {
        if (value.isEmpty() || !value.strip().equals(value) || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || !singleQuotable(value) || value.startsWith("#")) {
            return false;
        }
        try {
            Node root = compose(inFlow ? "k: [" + value + "]\n" : "k: " + value + "\n");
            if (!(root instanceof MappingNode) || ((MappingNode) root).getValue().size() != 1) {
                return false;
            }
            NodeTuple t = ((MappingNode) root).getValue().get(0);
            Node v = t.getValueNode();
            if (inFlow) {
                if (!(v instanceof SequenceNode) || ((SequenceNode) v).getValue().size() != 1) {
                    return false;
                }
                v = ((SequenceNode) v).getValue().get(0);
            }
            if (!(v instanceof ScalarNode)) {
                return false;
            }
            ScalarNode s = (ScalarNode) v;
            return s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && s.getValue().equals(value)
                    && (!mustBeString || s.getTag().equals(Tag.STR));
        } catch (YAMLException e) {
            return false;
        }
    }

    /** A flow list {@code [a, b]} of strings, each item plain when safe or quoted as preferred. */
    static String flowList(List<String> items, Quote preferred, boolean spaced) {
        return flowList(items, List.of(), preferred, spaced);
    }

    /** A flow list; item i prefers the quoting of {@code quotes[i]} when given, else {@code preferred}. */
    static String flowList(List<String> items, List<Quote> quotes, Quote preferred, boolean spaced) {
        StringBuilder sb = new StringBuilder(spaced && !items.isEmpty() ? "[ " : "[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(render(items.get(i), i < quotes.size() ? quotes.get(i) : preferred, true, true));
        }
        return sb.append(spaced && !items.isEmpty() ? " ]" : "]").toString();
    }

    static Quote quoteOf(DumperOptions.ScalarStyle style) {
        switch (style) {
            case SINGLE_QUOTED: return Quote.SINGLE;
            case DOUBLE_QUOTED: return Quote.DOUBLE;
            default: return Quote.PLAIN;
        }
    }
}
