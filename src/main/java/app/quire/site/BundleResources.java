package app.quire.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hugo page bundles' resources: the files beside a leaf bundle's {@code index.md} (or in folders below it) are
 * written next to the page's own output, as Hugo publishes them with the page. Files under {@code content/} that
 * belong to no published leaf bundle (a draft's, or loose files in a section) are left out.
 */
final class BundleResources {
    private BundleResources() {
    }

    /**
     * The statics with every {@code content/} file placed beside its bundle's page (output path from the page's
     * output folder), or dropped when no published page owns it; other statics unchanged.
     */
    static List<SourceScanner.StaticSource> place(List<SourceScanner.StaticSource> statics, List<PostEntry> posts,
            List<PostEntry> pages) {
        Map<String, PostEntry> leaves = new HashMap<>(); // "content/posts/trip/" -> the page of trip/index.md
        for (List<PostEntry> list : List.of(posts, pages)) {
            for (PostEntry e : list) {
                String src = e.source();
                int slash = src.lastIndexOf('/');
                if (src.startsWith("content/") && src.startsWith("index.", slash + 1)) {
                    leaves.put(src.substring(0, slash + 1), e);
                }
            }
        }
        List<SourceScanner.StaticSource> placed = new ArrayList<>(statics.size());
        for (SourceScanner.StaticSource s : statics) {
            if (!s.rel().startsWith("content/")) {
                placed.add(s);
                continue;
            }
            String rel = s.rel();
            for (int slash = rel.lastIndexOf('/'); slash >= "content".length();
                    slash = rel.lastIndexOf('/', slash - 1)) {
                PostEntry page = leaves.get(rel.substring(0, slash + 1));
                if (page != null) {
                    String out = page.outputPath();
                    String dir = out.substring(0, out.lastIndexOf('/') + 1);
                    placed.add(new SourceScanner.StaticSource(s.file(), rel, dir + rel.substring(slash + 1)));
                    break;
                }
            }
        }
        return placed;
    }
}
