package app.quire.bench;

import app.quire.site.ExportOptions;
import app.quire.site.ExportReport;
import app.quire.site.PostIndex;
import app.quire.site.Problem;
import app.quire.site.Site;
import app.quire.site.SiteExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * In-process export benchmark (warm JVM), complementing the whole-process bench/export-vs-hugo.sh:
 * times loading the post index and full, no-change and one-post-changed exports of one site, several rounds,
 * and prints medians. The site is copied to a temporary folder first (the one-post change edits the copy).
 *
 * <pre>
 * mvn -q -B test-compile package -DskipTests
 * java -Djava.io.tmpdir=/dev/shm -cp "target/test-classes:target/classes:target/lib/*" \
 *     app.quire.bench.ExportBench SITE [ROUNDS]
 * </pre>
 * Use a tmpfs for the copy and the output: on a disk folder emptied just before, ext4 without a journal makes
 * file creation slow and the full export measures the kernel (docs/performance-export.md).
 * Not a test (the name does not end in Test): it needs a generated corpus, e.g.
 * {@code python3 /work/shared/bench/gen_corpus.py --posts 5000 --out /tmp/blog --flavor hugo}.
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = copy(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path changed = firstPost(site);
        List<Long> index = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        List<Long> onePost = new ArrayList<>();
        int posts = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            PostIndex idx = PostIndex.load(Site.open(site), new PostIndex.Options(false, false, Instant.now()),
                    new ArrayList<Problem>());
            index.add(System.nanoTime() - t0);
            posts = idx.posts().size();

            Path out = Files.createTempDirectory("quire-bench");
            long t1 = System.nanoTime();
            ExportReport report = SiteExporter.export(site, out, ExportOptions.defaults());
            full.add(System.nanoTime() - t1);
            long t2 = System.nanoTime();
            SiteExporter.export(site, out, ExportOptions.defaults());
            again.add(System.nanoTime() - t2);
            Files.writeString(changed, "\nOne more sentence, round " + r + ".\n", java.nio.file.StandardOpenOption.APPEND);
            long t3 = System.nanoTime();
            ExportReport one = SiteExporter.export(site, out, ExportOptions.defaults());
            onePost.add(System.nanoTime() - t3);
            System.out.printf("round %d: index %d ms, full export %d ms (%d files), no-change export %d ms, "
                    + "one-post-changed export %d ms (%d written)%n", r + 1, index.get(r) / 1_000_000,
                    full.get(r) / 1_000_000, report.written(), again.get(r) / 1_000_000, onePost.get(r) / 1_000_000,
                    one.written());
            delete(out);
        }
        System.out.printf("%d posts, medians over %d rounds: index %d ms, full %d ms, no-change %d ms, one post "
                + "changed %d ms; max heap %d MB%n", posts, rounds, median(index), median(full), median(again),
                median(onePost), Runtime.getRuntime().maxMemory() >> 20);
        delete(site.getParent());
    }

    /** The site copied into a fresh temporary folder. */
    private static Path copy(Path source) throws Exception {
        Path target = Files.createTempDirectory("quire-bench-site").resolve("site");
        try (var files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    /** The first Markdown file (by path) under the site's posts folder. */
    private static Path firstPost(Path site) throws Exception {
        try (var files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_"))
                    .filter(p -> p.toString().contains("/content/") || p.toString().contains("/_posts/"))
                    .sorted().findFirst().orElseThrow(() -> new IllegalArgumentException("no post in " + site));
        }
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    private static void delete(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(p);
            }
        }
    }
}
