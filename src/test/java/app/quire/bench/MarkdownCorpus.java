package app.quire.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Seed-like Markdown for the benchmark: the seed post, and deterministic bigger documents built like it. */
final class MarkdownCorpus {
    private MarkdownCorpus() {
    }

    static final Path SHARED_SEED = Path.of("/work/shared/corpus/2021-12-10-aws-serverless-badge.md");

    /** The shared seed post if this machine has it, else the test fixture written for Quire. */
    static String seedPost() throws IOException {
        if (Files.isRegularFile(SHARED_SEED)) {
            return Files.readString(SHARED_SEED, StandardCharsets.UTF_8);
        }
        try (InputStream in = MarkdownCorpus.class.getResourceAsStream("/app/quire/markdown/seed-post.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String seedSource() {
        return Files.isRegularFile(SHARED_SEED) ? SHARED_SEED.toString() : "test fixture seed-post.md";
    }

    private static final String[] WORDS = ("the a serverless badge learning path assessment certification cloud "
            + "exam knowledge course people time first value potential skill proctored question answer team "
            + "deploy function build test review note week simple level open book pass fail topic online")
            .split(" ");
    private static final String[] TITLES = {"Process", "Difficulty", "Outcome", "Details", "Worth it?",
        "Badges vs Certifications", "Setup", "Results"};

    /** A body of about {@code size} characters: paragraphs, closed ATX headings, lists, code, tables, quotes. */
    static String document(int size, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 2000);
        int link = 0;
        while (sb.length() < size) {
            int kind = random.nextInt(20);
            if (kind < 10) {
                paragraph(sb, random, ++link);
            } else if (kind < 13) {
                sb.append("## ").append(TITLES[random.nextInt(TITLES.length)]).append(" ##\n");
            } else if (kind < 15) {
                for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
                    sb.append("- ").append(words(random, 4 + random.nextInt(8))).append('\n');
                }
            } else if (kind < 16) {
                sb.append("```bash\n").append("aws s3 sync public/ s3://bucket-").append(random.nextInt(999))
                        .append("\nnpm run build\n```\n");
            } else if (kind < 17) {
                sb.append("| Item | Cost | Notes |\n|---|---:|---|\n");
                for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                    sb.append("| ").append(words(random, 2)).append(" | ").append(random.nextInt(500))
                            .append(" | ").append(words(random, 3)).append(" |\n");
                }
            } else if (kind < 18) {
                sb.append("> ").append(words(random, 12 + random.nextInt(12))).append("?\n");
            } else {
                sb.append("![Image](https://example.invalid/images/").append(random.nextInt(9999)).append(".jpg)\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void paragraph(StringBuilder sb, Random random, int link) {
        int sentences = 2 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            String w = words(random, 8 + random.nextInt(14));
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            int extra = random.nextInt(8);
            if (extra == 0) {
                sb.append(" [a related post](https://example.invalid/notes/").append(link).append(')');
            } else if (extra == 1) {
                sb.append(" **").append(words(random, 2)).append("**");
            } else if (extra == 2) {
                sb.append(" `--flag`");
            }
            sb.append(s == sentences - 1 ? ".\n" : ". ");
        }
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
