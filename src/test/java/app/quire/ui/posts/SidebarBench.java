package app.quire.ui.posts;

import app.quire.site.Site;
import app.quire.ui.posts.SidebarModel.Criteria;
import app.quire.ui.posts.SidebarModel.Sort;
import app.quire.ui.posts.SidebarModel.StatusFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Timing harness for the sidebar's background work (not a test; docs/performance-sidebar.md has the command):
 * reading a blog into the list, building the full-text index, and search/filter latency.
 */
public final class SidebarBench {
    private SidebarBench() {
    }

    public static void main(String[] args) throws IOException {
        Path blog = Path.of(args.length > 0 ? args[0] : "/tmp/b5k");
        List<SidebarItem> items = null;
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            items = SidebarModel.read(Site.open(blog), Instant.now());
            long t1 = System.nanoTime();
            SearchIndex idx = SearchIndex.build(items);
            long t2 = System.nanoTime();
            System.out.printf("run %d: %d posts listed in %d ms; full-text index built in %d ms%n", run, items.size(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
        SearchIndex idx = SearchIndex.build(items);
        String category = items.stream().flatMap(i -> i.categories().stream()).findFirst().orElse("");
        Criteria[] cases = {
            new Criteria("", "", "", StatusFilter.ALL, Sort.NEWEST),
            new Criteria("serverless", "", "", StatusFilter.ALL, Sort.NEWEST),
            new Criteria("lambda badge process", "", "", StatusFilter.ALL, Sort.NEWEST),
            new Criteria("zqxjv-no-such-word", "", "", StatusFilter.ALL, Sort.NEWEST),
            new Criteria("the", "", "", StatusFilter.ALL, Sort.TITLE),
            new Criteria("", category, "", StatusFilter.DRAFTS, Sort.TITLE),
        };
        for (Criteria c : cases) {
            long[] times = new long[31];
            int hits = 0;
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                hits = SidebarModel.filter(items, idx, c).size();
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            System.out.printf("query %-24s category %-10s status %-9s sort %-6s: %5d hits, median %6.2f ms, max %6.2f ms%n",
                    "'" + c.query() + "'", "'" + c.category() + "'", c.status().name(), c.sort().name(), hits,
                    times[times.length / 2] / 1e6, times[times.length - 1] / 1e6);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap used after indexing: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
}
