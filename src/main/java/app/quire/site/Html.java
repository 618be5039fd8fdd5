package app.quire.site;

/** Escaping for HTML and XML text and attributes. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        StringBuilder out = null;
        int copied = 0; // s[copied, i) still to be appended unchanged: runs, not one char at a time
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                case '&': rep = "&amp;"; break;
                case '"': rep = "&quot;"; break;
                case '\'': rep = "&#39;"; break;
                default:
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                            || loneSurrogate(s, i)) {
                        rep = ""; // not allowed in XML 1.0: one such character made feed.xml unreadable
                    } else {
                        rep = null;
                    }
            }
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + s.length() / 8 + 16);
                }
                out.append(s, copied, i).append(rep);
                copied = i + 1;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** True when the char at i is half of a surrogate pair without its other half. */
    private static boolean loneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
