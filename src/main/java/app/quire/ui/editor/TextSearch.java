package app.quire.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Pure find and replace over a text: literal or regex, match case, whole word. */
public final class TextSearch {

    /** One match and the text that replaces it. */
    public record Match(int start, int end, String replacement) {
    }

    private final Pattern pattern;
    private final boolean regex;

    /**
     * @throws PatternSyntaxException when {@code regex} is on and the query is not a valid expression
     */
    public TextSearch(String query, boolean matchCase, boolean wholeWord, boolean regex) {
        String body = regex ? query : Pattern.quote(query);
        if (wholeWord) {
            body = "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])";
        }
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.pattern = Pattern.compile(body, flags | Pattern.MULTILINE);
        this.regex = regex;
    }

    /** All non-empty matches, in order; each carries its replacement ({@code $1} groups expand in regex mode). */
    public List<Match> findAll(String text, String replacement) {
        List<Match> result = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        StringBuilder scratch = new StringBuilder();
        int lastEnd = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String expanded = replacement;
            if (regex) {
                // appendReplacement writes the text since the previous match, then the expanded replacement.
                scratch.setLength(0);
                m.appendReplacement(scratch, replacement);
                expanded = scratch.substring(m.start() - lastEnd);
                lastEnd = m.end();
            }
            result.add(new Match(m.start(), m.end(), expanded));
        }
        return result;
    }

    /** All non-empty matches without replacements (counting). */
    public List<Match> findAll(String text) {
        List<Match> result = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                result.add(new Match(m.start(), m.end(), ""));
            }
        }
        return result;
    }
}
