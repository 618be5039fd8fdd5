package app.quire.markdown;

import java.util.Random;

/**
 * Deterministic Markdown full of things the autolinker and the line index care about: bare URLs, mail
 * addresses, "www." hosts, entities, backslash escapes, emphasis and code splitting them, all block kinds and
 * all three line ends. Same seed, same text (java.util.Random is specified to be reproducible).
 */
final class LinkyMarkdown {
    private LinkyMarkdown() {
    }

    private static final String[] PIECES = {"word", "text", "post", "note", "the", "a", "serverless", "badge",
        "https://example.invalid/p", "http://example.invalid", "www.example.invalid", "WWW.Example.invalid",
        "someone@example.invalid", "a@b", "@", "mailto:x@example.invalid", "ftp://", "x://y", "10:30", ":",
        "&amp;", "&#58;", "&#64;", "&#119;ww.", "&colon;", "&bogus;", "&", "\\", "\\.", "\\:", "\\@", "www\\.",
        "www", "ww", "w.", ".", ",", ")", "(", "\"", "'", "*", "**", "_", "`", "~~", "[", "]", "<", ">", "!",
        "<https://example.invalid/a>", "[link](https://example.invalid/l)", "![img](/i.png)", "[ref]", "[^1]",
        "ü", "日本", "é@example.invalid", "\u00a0", "\t", "  "};

    static String document(long seed, int size) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 200);
        String[] eols = {"\n", "\n", "\n", "\r\n", "\r"};
        String eol = eols[random.nextInt(eols.length)];
        boolean mixed = random.nextInt(4) == 0;
        while (sb.length() < size) {
            int kind = random.nextInt(16);
            String prefix = switch (kind) {
                case 0 -> "## ";
                case 1 -> "- ";
                case 2 -> "> ";
                case 3 -> "1. ";
                case 4 -> "    ";
                case 5 -> "- [ ] ";
                default -> "";
            };
            if (kind == 6) {
                sb.append("```").append(eol).append(line(random)).append(eol).append("```");
            } else if (kind == 7) {
                sb.append("| a | b |").append(eol).append("|---|---|").append(eol).append("| ")
                        .append(line(random)).append(" | ").append(line(random)).append(" |");
            } else if (kind == 8) {
                sb.append("[ref]: https://example.invalid/r").append(random.nextInt(3));
            } else if (kind == 9) {
                sb.append("[^1]: ").append(line(random));
            } else {
                sb.append(prefix).append(line(random));
                if (random.nextBoolean()) {
                    sb.append(random.nextBoolean() ? "  " : "\\").append(eol).append(line(random));
                }
            }
            sb.append(mixed ? eols[random.nextInt(eols.length)] : eol);
            if (random.nextInt(3) > 0) {
                sb.append(mixed ? eols[random.nextInt(eols.length)] : eol);
            }
        }
        return sb.toString();
    }

    private static String line(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 3 + random.nextInt(12); i < n; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (sb.length() > 0 && random.nextInt(3) > 0) {
                sb.append(' ');
            }
            sb.append(piece);
        }
        return sb.toString();
    }
}
