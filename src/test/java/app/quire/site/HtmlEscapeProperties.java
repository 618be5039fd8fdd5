package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Html.escape appends unchanged runs at once; the text is the one a char-by-char escape gives. */
class HtmlEscapeProperties {
    @Property(tries = 3000)
    void sameAsCharByChar(@ForAll @Chars({'a', 'b', '<', '>', '&', '"', '\'', '\n', '\t', '\r', '\u0001', '\u001F',
            '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '\u00e9', ' '}) @StringLength(max = 16) String s) {
        assertThat(Html.escape(s)).isEqualTo(reference(s));
    }

    /** One char at a time: the escape as it was written before (decision 0219). */
    private static String reference(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (!(c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF || lone)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
