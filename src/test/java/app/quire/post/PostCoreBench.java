package app.quire.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A small timing harness for the post core (not a test: run by hand, see docs/cli.md "Performance").
 * Argument: a Markdown document (e.g. gen_corpus.py's doc-1M.md); without one a 1 MB body is generated.
 */
public final class PostCoreBench {
    private PostCoreBench() {
    }

    public static void main(String[] args) throws IOException {
        String body = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                : "A paragraph of words that goes on for a while, with a [link](https://example.invalid/x).\n\n"
                        .repeat(11_000);
        String fm = "---\ntitle: 'AWS Serverless Badge: Value and Potential'\nauthor: someone\n"
                + "heroimage: /assets/images/posts/a.jpg\ndate: 2021-12-10 00:00:00 +1000\ncategory: blog\n---\n\n";
        report("Post.parse + title, front matter + %d chars", fm + body, body.length());
        report("Post.parse, no front matter, %d chars", body, body.length());
        report("Post.parse, unclosed ---, %d chars", "---\ntitle: x\n" + body, body.length());
        FrontMatter front = Post.parse(fm + body).frontMatter();
        int n = 5000;
        for (int i = 0; i < n; i++) {
            front.withTitle("T " + i);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            front.withTitle("T " + i).withDate(PostDates.parse("2022-01-0" + (1 + i % 9)).orElseThrow());
        }
        print("FrontMatter.withTitle + withDate", (System.nanoTime() - t0) / 1e6 / n);
        Path tmp = Files.createTempFile("quire-bench", ".md");
        try {
            Files.writeString(tmp, fm + body);
            PostFile pf = PostFile.open(tmp);
            n = 30;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pf.save(fm + body + i);
            }
            print("PostFile.save (temp + fsync + atomic move)", (System.nanoTime() - t0) / 1e6 / n);
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                PostFile.open(tmp);
            }
            print("PostFile.open (read, UTF-8 check, SHA-256)", (System.nanoTime() - t0) / 1e6 / n);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void report(String what, String text, int chars) {
        for (int i = 0; i < 300; i++) {
            Post.parse(text).title();
        }
        int n = 500;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Post.parse(text).title();
        }
        print(String.format(Locale.ROOT, what, chars), (System.nanoTime() - t0) / 1e6 / n);
    }

    private static void print(String what, double ms) {
        System.out.printf(Locale.ROOT, "%-60s %8.3f ms%n", what, ms);
    }
}
