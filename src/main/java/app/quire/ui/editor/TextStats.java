package app.quire.ui.editor;

/**
 * Pure counts for the status bar: words and characters of the post body (front matter excluded) and the reading
 * time at about 230 words a minute.
 */
public record TextStats(int words, int characters, int readingMinutes) {
    public static final int WORDS_PER_MINUTE = 230;
    public static final TextStats EMPTY = new TextStats(0, 0, 0);

    /**
     * Counts a text. A word is a run of non-space characters holding at least one letter or digit (so list
     * markers and {@code ##} do not count); characters are code points other than line breaks.
     */
    public static TextStats of(String text) {
        int start = FrontMatterBlock.end(text);
        int words = 0;
        int characters = 0;
        boolean inToken = false;
        boolean tokenHasWord = false;
        for (int i = start; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '\n' && cp != '\r') {
                characters++;
            }
            if (Character.isWhitespace(cp)) {
                if (inToken && tokenHasWord) {
                    words++;
                }
                inToken = false;
                tokenHasWord = false;
            } else {
                inToken = true;
                tokenHasWord |= Character.isLetterOrDigit(cp);
            }
        }
        if (inToken && tokenHasWord) {
            words++;
        }
        int minutes = words == 0 ? 0 : (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
        return new TextStats(words, characters, minutes);
    }
}
