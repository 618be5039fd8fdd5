package app.quire.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects problems from parallel workers instead of stopping at the first one. Also counts what an export
 * wrote, skipped (unchanged) and removed. Thread-safe.
 */
public final class ExportReport {
    private final ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger unchanged = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger removed = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String baseurl = "";
    private volatile String siteUrl = "";

    public void add(Problem p) {
        problems.add(p);
    }

    public void addAll(List<Problem> ps) {
        problems.addAll(ps);
    }

    /** All problems, sorted by file, line, column (stable output for repeatable runs). */
    public List<Problem> problems() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(null);
        return list;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    void countWritten() {
        written.incrementAndGet();
    }

    void countUnchanged() {
        unchanged.incrementAndGet();
    }

    void countRemoved() {
        removed.incrementAndGet();
    }

    /** Output files written in this run. */
    public int written() {
        return written.get();
    }

    /** Output files left as they were because their inputs had not changed. */
    public int unchanged() {
        return unchanged.get();
    }

    /** Output files from an earlier export removed because nothing produces them any more. */
    public int removed() {
        return removed.get();
    }

    /** The site's path prefix ("" or "/blog", from its config): where the exported folder is served. */
    public String baseurl() {
        return baseurl;
    }

    /** The site's own address ({@code https://example.org}, "" when its config has none). */
    public String siteUrl() {
        return siteUrl;
    }

    void setSiteUrl(String url) {
        this.siteUrl = url == null ? "" : url;
    }

    void setBaseurl(String baseurl) {
        this.baseurl = baseurl == null ? "" : baseurl;
    }
}
