package app.quire.bench;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewSession;
import app.quire.markdown.RenderContext;
import app.quire.markdown.ShownLines;
import app.quire.site.PreviewLiquid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What the Liquid of a site's post costs the preview (decision 0200; docs/performance-preview.md): per keystroke,
 * {@code PreviewLiquid.render} + {@code PreviewSession.update} (and the blocks renumbered in the editor's lines,
 * {@code ShownLines}) against the session update of the same texts without Liquid, in one run; and the first preview of a post using {@code post_url}, which reads the blog.
 *
 * <pre>
 * mvn -q -B test-compile
 * mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) app.quire.bench.PreviewLiquidBench [POSTS]
 * </pre>
 */
public final class PreviewLiquidBench {
    private PreviewLiquidBench() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path site = Files.createTempDirectory("quire-liquid-bench");
        Files.writeString(site.resolve("_config.yml"), "title: Bench\nurl: https://example.org\nbaseurl: /b\n");
        Path dir = Files.createDirectories(site.resolve("_posts"));
        String paragraph = "Words of a post that go on for a while, with *emphasis* and a [link](/a). ".repeat(6);
        for (int i = 0; i < posts; i++) {
            Files.writeString(dir.resolve(String.format("2020-01-%02d-post-%d.md", 1 + i % 28, i)),
                    "---\ntitle: Post " + i + "\ncategories: [notes]\n---\n\n" + (paragraph + "\n\n").repeat(12));
        }
        StringBuilder text = new StringBuilder("---\ntitle: With Liquid\ndate: 2021-12-10 00:00:00 +1000\n---\n\n");
        for (int i = 0; i < 16; i++) {
            text.append("On {{ site.title }}, see [a post]({% post_url 2020-01-0").append(1 + i % 9).append("-post-")
                    .append(i % 9).append(" %}). ").append(paragraph).append("\n\n");
        }
        text.append("{% if page.hidden_part %}\nA part shown only with hidden_part.\n\n{% endif %}\n\n");
        text.append("{% highlight java %}\nclass A {\n  int x;\n}\n{% endhighlight %}\n\n{% raw %}{{ x }}{% endraw %}\n");
        Path post = dir.resolve("2021-12-10-with-liquid.md");
        Files.writeString(post, text);
        RenderContext context = new RenderContext(site, dir, post);

        long t0 = System.nanoTime();
        PreviewLiquid liquid = PreviewLiquid.open(site);
        String first = liquid.render(text.toString(), post);
        long firstNanos = System.nanoTime() - t0;
        if (!first.contains("/b/notes/2020/01/01/post-0.html")) {
            throw new IllegalStateException("post_url was not resolved");
        }

        List<String> texts = new ArrayList<>();
        Random random = new Random(7);
        String current = text.toString();
        for (int i = 0; i < 400; i++) {
            int at = current.indexOf("Words", 80 + random.nextInt(current.length() - 400));
            current = current.substring(0, at) + (char) ('a' + random.nextInt(26)) + current.substring(at);
            texts.add(current);
        }
        double[] plain = time(texts, context, null, post, false);
        double[] withLiquid = time(texts, context, liquid, post, false);
        double[] mapped = time(texts, context, liquid, post, true);
        System.out.printf("blog of %d posts, post of %d KB with 16 post_url, an if, a highlight and a raw block%n", posts,
                text.length() / 1024);
        System.out.printf("first preview (reads the config and the blog's posts): %.0f ms%n", firstNanos / 1e6);
        System.out.printf("per keystroke, median / p95 (ms), last 300 of 400 edits:%n");
        System.out.printf("  PreviewSession.update alone        %.2f / %.2f%n", plain[0], plain[1]);
        System.out.printf("  PreviewLiquid.render + update      %.2f / %.2f  (%.1fx)%n", withLiquid[0], withLiquid[1],
                withLiquid[0] / plain[0]);
        System.out.printf("  ... + ShownLines.renumber          %.2f / %.2f  (%.1fx)%n", mapped[0], mapped[1],
                mapped[0] / plain[0]);
        String shown = liquid.render(current, post);
        PreviewSession session = new PreviewSession(MarkdownRenderer.shared(), context);
        session.update(shown);
        long t = System.nanoTime();
        int rounds = 2000;
        for (int i = 0; i < rounds; i++) {
            ShownLines.between(current, shown).renumber(session.blocks());
        }
        System.out.printf("  ShownLines.between + renumber alone: %.3f ms (mean of %d)%n",
                (System.nanoTime() - t) / 1e6 / rounds, rounds);
    }

    private static double[] time(List<String> texts, RenderContext context, PreviewLiquid liquid, Path post,
            boolean renumber) {
        PreviewSession session = new PreviewSession(MarkdownRenderer.shared(), context);
        double[] ms = new double[texts.size()];
        long lines = 0;
        for (int i = 0; i < texts.size(); i++) {
            long t = System.nanoTime();
            String shown = liquid == null ? texts.get(i) : liquid.render(texts.get(i), post);
            session.update(shown);
            if (renumber) { // what PreviewRenderer does after Liquid: the blocks in the editor's lines
                lines += ShownLines.between(texts.get(i), shown).renumber(session.blocks()).size();
            }
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        if (renumber && lines == 0) {
            throw new IllegalStateException("nothing renumbered");
        }
        double[] measured = Arrays.copyOfRange(ms, 100, ms.length);
        Arrays.sort(measured);
        return new double[] {measured[measured.length / 2], measured[(int) (measured.length * 0.95)]};
    }
}
