package app.quire.post;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines that keep their line breaks ({@code \n} or {@code \r\n}), so joining them gives the text back. */
public final class TextLines {
    private TextLines() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
