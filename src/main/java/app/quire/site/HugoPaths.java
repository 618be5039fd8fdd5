package app.quire.site;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Page and term paths as Hugo 0.111 makes them (checked against the Debian package in HugoComparisonTest,
 * decision 0225). A title, slug or file name is cleaned first: letters, digits, marks, {@code . / \ _ # + ~ - @}
 * and {@code %XX} escapes stay, a run of white space becomes one {@code -} (none at the start or end, none
 * beside a {@code -}), anything else is dropped. The whole page path is then un-escaped as a query would be
 * ({@code +} is a space, {@code %41} is {@code A}), cleaned again, freed of empty, {@code .} and {@code ..}
 * segments, and lower-cased.
 */
final class HugoPaths {
    private HugoPaths() {
    }

    /** One value (a title, slug, file or folder name) cleaned the way Hugo cleans path parts. */
    static String clean(String s) {
        return clean(s, false);
    }

    /** A term's folder under its taxonomy ({@code C++} is {@code c++}, {@code Node.js} is {@code node.js}). */
    static String term(String s) {
        return segments(lower(clean(s, false)));
    }

    /**
     * A path expanded from a {@code [permalinks]} pattern with cleaned values, finished as Hugo finishes it
     * (un-escaped, cleaned again, lower-cased). Hugo makes a folder of every such path, even one ending in
     * {@code .html}, so the result starts and ends with '/'.
     */
    static String finish(String path) {
        return folder(clean(unescape(path), true));
    }

    /** A page's path from its folders and name when no pattern applies: cleaned and lower-cased only. */
    static String fromFolders(String path) {
        return folder(path);
    }

    private static String folder(String cleaned) {
        String out = segments(lower(cleaned));
        return out.isEmpty() ? "/" : "/" + out + "/";
    }

    /**
     * The cleaning itself. Within a whole path ({@code wholePath}) white space next to a '/' still becomes a
     * '-', as Hugo's second pass over the path does; a lone value loses white space at its ends.
     */
    private static String clean(String s, boolean wholePath) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingDash = false;
        boolean lastWasDash = false;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int width = Character.charCount(c);
            boolean kept = c == '.' || c == '/' || c == '\\' || c == '_' || c == '#' || c == '+' || c == '~'
                    || c == '-' || c == '@' || Character.isLetter(c) || Character.isDigit(c) || isMark(c)
                    || c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2));
            if (kept) {
                lastWasDash = c == '-';
                if (pendingDash && !lastWasDash) {
                    out.append('-');
                }
                pendingDash = false;
                out.appendCodePoint(c);
            } else if (out.length() > 0 && !lastWasDash && isSpace(c)) {
                pendingDash = true;
            }
            i += width;
        }
        if (pendingDash && wholePath) {
            out.append('-');
        }
        return out.toString();
    }

    /** Hugo's white space (Go's unicode.IsSpace). */
    private static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == 0x85 || c == 0xA0 || c > 0xFF && Character.isSpaceChar(c);
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Lower case code point by code point, as Go does ('İ' is 'i', not "i̇"). */
    private static String lower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    /** '+' as a space and %XX escapes decoded; the text unchanged when the escapes are not UTF-8. */
    private static String unescape(String s) {
        if (s.indexOf('+') < 0 && s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%' && i + 2 < utf8.length && hex((char) utf8[i + 1]) && hex((char) utf8[i + 2])) {
                bytes.write(Integer.parseInt(new String(utf8, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    /** The path's segments without empty, '.' and '..' ones (never above the output folder), joined by '/'. */
    private static String segments(String path) {
        List<String> kept = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                kept.add(seg);
            }
        }
        return String.join("/", kept);
    }
}
