package app.quire.post.schema;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Times {@link FrontMatterSchema#load} on a blog folder (not a test; run by hand, see docs/front-matter-form.md):
 * {@code java -cp ... app.quire.post.schema.SchemaInferenceBench /tmp/site-5k [rounds]}.
 */
public final class SchemaInferenceBench {
    private SchemaInferenceBench() {
    }

    public static void main(String[] args) {
        Path site = Path.of(args.length > 0 ? args[0] : ".");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            FrontMatterSchema s = FrontMatterSchema.load(site);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "round %d: %d posts, %d fields, %d authors, %d tags in %d ms (%s)%n", i + 1,
                    s.postCount(), s.fields().size(), s.authors().size(), s.tags().size(), ms,
                    i == 0 ? "cold JVM" : "warm");
        }
    }
}
