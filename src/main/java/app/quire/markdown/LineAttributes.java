package app.quire.markdown;

/** Rewrites the line attributes in a block's opening tag without re-rendering the block. */
final class LineAttributes {
    private LineAttributes() {
    }

    static String rewrite(String html, int start, int end) {
        int tagEnd = html.indexOf('>');
        if (tagEnd < 0) {
            return html;
        }
        String head = html.substring(0, tagEnd);
        head = replaceValue(head, PreviewBlock.START_ATTR, start);
        head = replaceValue(head, PreviewBlock.END_ATTR, end);
        return head + html.substring(tagEnd);
    }

    private static String replaceValue(String tag, String name, int value) {
        String marker = name + "=\"";
        int at = tag.indexOf(marker);
        if (at < 0) {
            return tag;
        }
        int from = at + marker.length();
        int to = tag.indexOf('"', from);
        return tag.substring(0, from) + value + tag.substring(to);
    }
}
