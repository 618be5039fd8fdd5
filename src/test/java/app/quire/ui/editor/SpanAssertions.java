package app.quire.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Test helpers: read style spans as "which text carries this class". */
final class SpanAssertions {
    private SpanAssertions() {
    }

    /** The maximal runs of text carrying a style class, in order. */
    static List<String> runs(String text, StyleSpans<Collection<String>> spans, String styleClass) {
        List<String> result = new ArrayList<>();
        int pos = 0;
        int runStart = -1;
        for (StyleSpan<Collection<String>> span : spans) {
            boolean has = span.getStyle().contains(styleClass);
            if (has && runStart < 0) {
                runStart = pos;
            } else if (!has && runStart >= 0) {
                result.add(text.substring(runStart, pos));
                runStart = -1;
            }
            pos += span.getLength();
        }
        if (runStart >= 0) {
            result.add(text.substring(runStart, pos));
        }
        return result;
    }

    static Collection<String> classesAt(StyleSpans<Collection<String>> spans, int position) {
        int pos = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (position < pos + span.getLength()) {
                return span.getStyle();
            }
            pos += span.getLength();
        }
        throw new IllegalArgumentException("position " + position + " beyond " + pos);
    }

    static String seedPost() {
        try (InputStream in = SpanAssertions.class.getResourceAsStream("seed-shaped-post.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
