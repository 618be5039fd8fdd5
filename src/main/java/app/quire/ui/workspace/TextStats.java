package app.quire.ui.workspace;

/**
 * Simple counts of a post's text for the status bar: words and characters of the whole text, reading time at
 * 230 words a minute, and its line ending. Pure; run it off the FX thread for big texts.
 */
public record TextStats(int words, int characters, int readingMinutes, String lineEnding) {
    static final int WORDS_PER_MINUTE = 230;
    public static final TextStats EMPTY = new TextStats(0, 0, 0, "LF");

    public static TextStats of(String text) {
        int words = 0;
        boolean inWord = false;
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLowSurrogate(c)) {
                chars++;
            }
            boolean letter = !Character.isWhitespace(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        int minutes = words == 0 ? 0 : Math.max(1, (words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
        return new TextStats(words, chars, minutes, lineEnding(text));
    }

    static String lineEnding(String text) {
        int lf = text.indexOf('\n');
        if (lf < 0) {
            return text.indexOf('\r') >= 0 ? "CR" : "LF";
        }
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "CRLF" : "LF";
    }
}
