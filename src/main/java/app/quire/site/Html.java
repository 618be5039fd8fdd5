package app.quire.site;

/** Escaping for HTML and XML text and attributes. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        StringBuilder out = null;
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
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        rep = ""; // not allowed in XML 1.0
                    } else {
                        rep = null;
                    }
            }
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
