package app.quire.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the images and links of a Markdown body with their positions, skipping fenced and indented code and
 * inline code spans: Markdown images and links {@code ![a](src)}, {@code [a](href)}, reference definitions
 * {@code [ref]: target} (footnotes {@code [^1]:} excluded), HTML {@code <img src>} and
 * Jekyll {@code {% post_url name %}}. A light scanner for checks, not a Markdown renderer.
 */
public final class PostLinks {
    /** What a reference is. */
    public enum Type { IMAGE, LINK, POST_URL, DEFINITION }

    /**
     * One reference: its target as written and where it starts in the body (0-based line, 0-based char column).
     */
    public record Ref(Type type, String target, int line, int column) {
    }

    private static final Pattern MD = Pattern.compile("(!?)\\[(?:[^\\[\\]]++|\\[[^\\[\\]]*+\\])*+\\]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POST_URL = Pattern.compile("\\{%-?\\s*post_url\\s+([^\\s%]+)\\s*-?%\\}");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private PostLinks() {
    }

    public static List<Ref> scan(String body) {
        List<Ref> refs = new ArrayList<>();
        List<String> lines = TextLines.split(body);
        String fence = null;
        boolean prevBlank = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBreak(lines.get(i));
            Matcher f = FENCE.matcher(line);
            boolean fenceLike = line.indexOf("```") >= 0 || line.indexOf("~~~") >= 0;
            if (fence != null) {
                if (!fenceLike) {
                    continue;
                }
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.strip().equals(f.group(1))) {
                    fence = null;
                }
                continue;
            }
            if (fenceLike && f.find()) {
                fence = f.group(1);
                continue;
            }
            boolean blank = line.isBlank();
            if (prevBlank && (line.startsWith("    ") || line.startsWith("\t")) && !blank) {
                continue; // indented code block (approximation: after a blank line)
            }
            prevBlank = blank;
            Matcher def = line.indexOf("]:") >= 0 ? DEFINITION.matcher(line) : null;
            if (def != null && def.find() && !def.group(1).startsWith("^")) {
                String target = def.group(2);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                refs.add(new Ref(Type.DEFINITION, target, i, def.start(2)));
                continue;
            }
            boolean md = line.indexOf("](") >= 0;
            boolean html = line.indexOf("<img") >= 0 || line.indexOf("<IMG") >= 0;
            boolean postUrl = line.indexOf("post_url") >= 0;
            if (!md && !html && !postUrl) {
                continue;
            }
            String visible = line.indexOf('`') >= 0 ? blankInlineCode(line) : line;
            Matcher m = MD.matcher(visible);
            while (m.find()) {
                String target = m.group(2);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                refs.add(new Ref(m.group(1).isEmpty() ? Type.LINK : Type.IMAGE, target, i, m.start()));
            }
            Matcher img = IMG.matcher(visible);
            while (img.find()) {
                String src = img.group(1);
                if (src.startsWith("\"") || src.startsWith("'")) {
                    src = src.substring(1, src.length() - 1);
                }
                refs.add(new Ref(Type.IMAGE, src, i, img.start()));
            }
            Matcher pu = POST_URL.matcher(visible);
            while (pu.find()) {
                refs.add(new Ref(Type.POST_URL, pu.group(1), i, pu.start()));
            }
        }
        return refs;
    }

    private static String stripBreak(String line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }

    /** The line with inline code spans replaced by spaces (positions kept). */
    private static String blankInlineCode(String line) {
        StringBuilder sb = new StringBuilder(line);
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int run = 1;
                while (i + run < line.length() && line.charAt(i + run) == '`') {
                    run++;
                }
                String ticks = "`".repeat(run);
                int close = line.indexOf(ticks, i + run);
                if (close < 0) {
                    i += run;
                    continue;
                }
                for (int k = i; k < close + run; k++) {
                    sb.setCharAt(k, ' ');
                }
                i = close + run;
            } else {
                i++;
            }
        }
        return sb.toString();
    }
}
