package app.quire.markdown;

import java.util.Random;

/**
 * Deterministic blog posts shaped like the seed post: Jekyll front matter, closed ATX headings, paragraphs with
 * emphasis, links and inline code, images, bullet / ordered / task lists, fenced code, quotes, tables, footnotes,
 * reference links, raw HTML and entities, and no final newline. Same seed, same post.
 */
final class BlogPostMarkdown {
    private BlogPostMarkdown() {
    }

    private static final String[] WORDS = {"notebook", "deploy", "badge", "cloud", "quiet", "morning", "draft",
        "editor", "script", "review", "lambda", "bucket", "queue", "stage", "cache", "build", "release", "note",
        "the", "a", "of", "and", "with", "before", "after", "every", "small", "ü", "naïve", "日本", "café"};
    private static final String[] HEADINGS = {"Process", "What I Record", "Worth it?", "Set-up & Costs",
        "Results", "Next steps", "Q&A", "Why \"serverless\"?", "Notes", "Process"};

    static String post(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("---\ntitle: \"Post ").append(seed).append("\"\nauthor: qtester\n")
                .append("heroimage: /assets/images/posts/").append(Long.toHexString(seed)).append(".jpg\n")
                .append("date: 2021-12-10 00:00:00 +1000\ncategory: blog\n---\n\n");
        boolean footnote = false;
        for (int b = 0, n = 8 + r.nextInt(14); b < n; b++) {
            switch (r.nextInt(14)) {
                case 0, 1 -> sb.append("## ").append(HEADINGS[r.nextInt(HEADINGS.length)]).append(" ##");
                case 2 -> sb.append("### ").append(sentence(r, 3));
                case 3 -> {
                    for (int i = 0, k = 2 + r.nextInt(4); i < k; i++) {
                        sb.append(i > 0 ? "\n" : "").append("- ").append(sentence(r, 6));
                    }
                }
                case 4 -> {
                    int start = r.nextInt(3) == 0 ? 3 : 1;
                    for (int i = 0, k = 2 + r.nextInt(3); i < k; i++) {
                        sb.append(i > 0 ? "\n" : "").append(start + i).append(". ").append(sentence(r, 5));
                    }
                }
                case 5 -> sb.append("- [ ] ").append(sentence(r, 4)).append("\n- [x] ").append(sentence(r, 4));
                case 6 -> sb.append("```").append(r.nextBoolean() ? "bash" : "yaml").append('\n')
                        .append("aws s3 sync ./site s3://bucket --delete\n  echo \"done\" && exit 0\n```");
                case 7 -> sb.append("> ").append(sentence(r, 12));
                case 8 -> sb.append("![").append(sentence(r, 2)).append("](/assets/images/posts/")
                        .append(r.nextInt(1000)).append(".png").append(r.nextBoolean() ? " \"A title\"" : "")
                        .append(')');
                case 9 -> sb.append("| Step | Time |\n|:---|---:|\n| ").append(sentence(r, 2)).append(" | ")
                        .append(r.nextInt(60)).append(" min |\n| `build` | **fast** |");
                case 10 -> {
                    sb.append(sentence(r, 10)).append("[^1]");
                    footnote = true;
                }
                case 11 -> sb.append("<div class=\"note\">\n<p>").append(sentence(r, 5)).append("</p>\n</div>");
                default -> sb.append(sentence(r, 25)).append(r.nextInt(4) == 0 ? "\n" + sentence(r, 8) : "");
            }
            sb.append("\n\n");
        }
        sb.append("Read the [docs][ref] or mail me@example.invalid, &copy; 2021 &amp; later.");
        sb.append("\n\n[ref]: https://example.invalid/docs \"The docs\"");
        if (footnote) {
            sb.append("\n\n[^1]: A note with a [link](https://example.invalid/n).");
        }
        return sb.toString();
    }

    private static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = WORDS[r.nextInt(WORDS.length)];
            switch (r.nextInt(12)) {
                case 0 -> sb.append("**").append(w).append("**");
                case 1 -> sb.append('*').append(w).append('*');
                case 2 -> sb.append('`').append(w).append(" <x>`");
                case 3 -> sb.append('[').append(w).append("](https://example.invalid/").append(w).append(')');
                case 4 -> sb.append("~~").append(w).append("~~");
                case 5 -> sb.append(w).append(r.nextBoolean() ? "," : "?");
                case 6 -> sb.append("https://example.invalid/p?q=").append(i).append("&x=\"").append(w).append('"');
                default -> sb.append(w);
            }
        }
        return sb.toString();
    }
}
