package app.quire.site;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Page rendering with the built-in post layout: the body through both Liquid layouts against
 * {@code Theme.renderPage} (the built-in post page written out in Java, decision 0155).
 * Alternates the two in one JVM, prints median CPU ms per 1,000 pages.
 * Not a test. {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/test-classes:target/classes:target/lib/*"
 * app.quire.site.SpliceBench [ROUNDS]}
 */
public final class SpliceBench {
    private SpliceBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path site = Files.createTempDirectory("splice-bench");
        Files.writeString(site.resolve("quire.yaml"), "title: Bench\n");
        Theme theme = Theme.load(Site.open(site), new ArrayList<>());
        String body = "<p>" + "Some words of a paragraph, <em>emphasis</em> and <a href=\"/x\">a link</a>. ".repeat(14)
                + "</p>\n".repeat(1) ;
        body = body.repeat(8);
        var bean = ManagementFactory.getThreadMXBean();
        long[] liquid = new long[rounds];
        long[] splice = new long[rounds];
        long sink = 0;
        Map<String, Object> siteVars = Map.of("title", "Bench", "url", "https://example.org", "baseurl", "");
        Map<String, Object> nav = Map.of();
        for (int r = 0; r < rounds; r++) {
            for (int mode = 0; mode < 2; mode++) {
                long t0 = bean.getCurrentThreadCpuTime();
                for (int i = 0; i < 1000; i++) {
                    Map<String, Object> page = page(i);
                    Map<String, Object> vars = new HashMap<>();
                    vars.put("site", siteVars); // one site and nav map per export, as SiteExporter has
                    vars.put("page", page);
                    vars.put("nav", nav);
                    if (mode == 0) {
                        page.put("content", body);
                        sink += theme.render("post", vars).getBytes(StandardCharsets.UTF_8).length;
                    } else {
                        sink += theme.renderPage("post", vars, page, body).length;
                    }
                }
                long t = bean.getCurrentThreadCpuTime() - t0;
                (mode == 0 ? liquid : splice)[r] = t;
            }
        }
        System.out.printf("body %d chars; CPU ms per 1,000 pages: two layouts %.1f, renderPage %.1f (first round %.1f / %.1f) %d%n",
                body.length(), median(liquid), median(splice), liquid[0] / 1e6, splice[0] / 1e6, sink % 7);
    }

    private static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1e6;
    }

    private static Map<String, Object> page(int i) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Post number " + i);
        page.put("url", "/2021/12/10/post-" + i + "/");
        page.put("date_iso", "2021-12-10T00:00:00+10:00");
        page.put("date_display", "December 10, 2021");
        page.put("author", "Sam Example");
        page.put("excerpt", "An excerpt of the post " + i);
        page.put("heroimage", "/assets/images/hero.jpg");
        page.put("category_links", List.of(Map.of("name", "blog", "url", "/categories/blog/")));
        page.put("tag_links", List.of(Map.of("name", "a", "url", "/tags/a/")));
        page.put("content", null);
        page.put("previous", Map.of("title", "Older", "url", "/older/"));
        page.put("next", Map.of("title", "Newer", "url", "/newer/"));
        return page;
    }
}
