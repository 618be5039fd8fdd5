package app.quire.media;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines keeping their terminators (split at \n, as the post scanner does). */
final class Lines {
    private Lines() {
    }

    static List<String> split(String text) {
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
