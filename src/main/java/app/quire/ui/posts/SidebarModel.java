package app.quire.ui.posts;

import app.quire.site.PostEntry;
import app.quire.site.PostIndex;
import app.quire.site.Problem;
import app.quire.site.SharedPostIndex;
import app.quire.site.Site;
import app.quire.ui.LatestTaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar's state: every post of the blog (drafts, scheduled and unpublished ones included), the search
 * text, the category/tag/status filters, the sort order, and the posts shown. The blog is read and its search
 * index built off the FX thread; filtering runs off it too (only the newest request is delivered). Use on the
 * FX thread.
 */
public final class SidebarModel {
    private static final System.Logger LOG = System.getLogger(SidebarModel.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    /** Filter value meaning "any category/tag". */
    public static final String ANY = "";

    /** Which posts the status filter lets through. */
    public enum StatusFilter {
        ALL("All posts"), PUBLISHED("Published"), DRAFTS("Drafts & unpublished");

        private final String label;

        StatusFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The order of the list. */
    public enum Sort {
        NEWEST("Newest first"), OLDEST("Oldest first"), TITLE("Title A–Z");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What the list shows, as one immutable value (handed to the background thread). */
    public record Criteria(String query, String category, String tag, StatusFilter status, Sort sort) {
    }

    /** Filtering gets its own thread so typing is answered while the blog is being indexed. */
    private static final Executor FILTER_THREAD = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quire-sidebar-filter");
        t.setDaemon(true);
        return t;
    });

    private final Executor background;
    private final Executor fx;
    private final Supplier<Path> folder;
    private final LatestTaskRunner filterRunner;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.NEWEST);
    private final ObservableList<SidebarItem> shown = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty bodiesIndexed = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Site> site = new ReadOnlyObjectWrapper<>();
    private List<SidebarItem> all = List.of();
    private SearchIndex index = SearchIndex.titlesOnly(List.of());
    private long generation;
    private boolean loadRunning;
    private boolean reloadWanted;
    private long loadNanos;

    public SidebarModel(Executor background, Executor fx, Supplier<Path> folder) {
        this.background = background;
        this.folder = folder;
        this.fx = fx;
        this.filterRunner = new LatestTaskRunner(FILTER_THREAD, fx);
        query.addListener((o, a, b) -> apply());
        category.addListener((o, a, b) -> apply());
        tag.addListener((o, a, b) -> apply());
        status.addListener((o, a, b) -> apply());
        sort.addListener((o, a, b) -> apply());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** The posts shown: filtered, searched and sorted. */
    public ObservableList<SidebarItem> shown() {
        return shown;
    }

    /** Every post of the blog, newest first. */
    public List<SidebarItem> all() {
        return all;
    }

    /** The categories used by the blog's posts, for the filter. */
    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** True while the blog is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True once bodies are searchable (before that, search looks at titles). */
    public ReadOnlyBooleanProperty bodiesIndexedProperty() {
        return bodiesIndexed;
    }

    /** The blog as last read, or null. */
    public ReadOnlyObjectProperty<Site> siteProperty() {
        return site.getReadOnlyProperty();
    }

    /** Nanoseconds the last load took until the list could be shown (for the benchmark). */
    public long lastLoadNanos() {
        return loadNanos;
    }

    public Criteria criteria() {
        return new Criteria(query.get(), category.get() == null ? ANY : category.get(),
                tag.get() == null ? ANY : tag.get(), status.get(), sort.get());
    }

    /**
     * Re-reads the blog in the background: first the list (titles searchable), then the full-text index.
     * Refreshes asked for while one runs (saves in a row, autosave) are coalesced into one more run afterwards.
     */
    public void refresh() {
        Path dir = folder.get();
        long gen = ++generation;
        if (dir != null && loadRunning) {
            reloadWanted = true; // the running load's results are dropped (generation moved on)
            return;
        }
        if (dir == null) {
            all = List.of();
            index = SearchIndex.titlesOnly(all);
            site.set(null);
            categories.clear();
            tags.clear();
            shown.clear();
            return;
        }
        loading.set(true);
        loadRunning = true;
        try {
            background.execute(() -> load(dir, gen));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The app is closing (its background threads are gone): there is no list to show any more.
            LOG.log(System.Logger.Level.DEBUG, "post list not reloaded: {0}", e.getMessage());
            loading.set(false);
            loadRunning = false;
        }
    }

    /** Reads the blog (background thread), then shows it and builds the full-text index. */
    private void load(Path dir, long gen) {
        long start = System.nanoTime();
        Site s;
        List<SidebarItem> items;
        try {
            s = Site.open(dir);
            items = read(s, Instant.now());
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list the posts of " + dir, e);
            fx.execute(() -> {
                if (gen == generation) {
                    loading.set(false);
                    all = List.of();
                    shown.clear();
                }
                loadDone();
            });
            return;
        }
        long took = System.nanoTime() - start;
        SearchIndex titles = SearchIndex.titlesOnly(items);
        fx.execute(() -> {
            if (gen != generation) {
                return;
            }
            loadNanos = took;
            site.set(s);
            all = items;
            index = titles;
            bodiesIndexed.set(false);
            TreeSet<String> cats = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            TreeSet<String> tg = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            items.forEach(i -> {
                cats.addAll(i.categories());
                tg.addAll(i.tags());
            });
            categories.setAll(cats);
            tags.setAll(tg);
            if (!cats.contains(category.get())) {
                category.set(ANY);
            }
            if (!tg.contains(tag.get())) {
                tag.set(ANY);
            }
            loading.set(false);
            apply();
        });
        SearchIndex full;
        try {
            full = SearchIndex.build(items);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not index the posts of " + dir, e);
            full = titles;
        }
        SearchIndex built = full;
        fx.execute(() -> {
            if (gen == generation) {
                index = built;
                bodiesIndexed.set(true);
                if (!query.get().isBlank()) {
                    apply();
                }
            }
            loadDone();
        });
    }

    private void loadDone() {
        loadRunning = false;
        if (reloadWanted) {
            reloadWanted = false;
            refresh();
        }
    }

    /** Reads every post of the site, drafts and future ones too, marked with their status. */
    static List<SidebarItem> read(Site s, Instant now) throws java.io.IOException {
        List<Problem> problems = new ArrayList<>();
        PostIndex idx = SharedPostIndex.read(s, now, problems); // the preview's post_url uses this reading too
        List<SidebarItem> out = new ArrayList<>();
        for (List<PostEntry> list : List.of(idx.posts(), idx.hidden())) {
            for (PostEntry e : list) {
                out.add(item(e, idx.whyHidden(e).orElse(null)));
            }
        }
        out.sort(Comparator.comparing(SidebarItem::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SidebarItem::source));
        return List.copyOf(out);
    }

    /** The sidebar's line for a post; its status is why the export would leave it out (the index decides). */
    private static SidebarItem item(PostEntry e, PostIndex.Hidden hidden) {
        SidebarItem.Status st = hidden == null ? SidebarItem.Status.PUBLISHED : switch (hidden) {
            case UNPUBLISHED -> SidebarItem.Status.UNPUBLISHED;
            case DRAFT -> SidebarItem.Status.DRAFT;
            case EXPIRED -> SidebarItem.Status.EXPIRED;
            case FUTURE -> SidebarItem.Status.FUTURE;
        };
        String title = e.title() == null || e.title().isBlank() ? e.fileSlug() : e.title();
        // a date taken from the file's modification time (undated draft) is not shown as the post's date
        boolean dated = e.data().get("date") != null
                || app.quire.post.PostNames.parseJekyll(e.file().getFileName().toString()).isPresent();
        String day = e.date() == null || !dated ? "no date" : DAY.format(e.date());
        return new SidebarItem(e.file().toAbsolutePath().normalize(), e.source(), title, e.date(), day, st,
                List.copyOf(e.categories()), List.copyOf(e.tags()));
    }

    /** Recomputes the shown posts in the background from the current criteria. */
    public void apply() {
        Criteria c = criteria();
        List<SidebarItem> items = all;
        SearchIndex idx = index;
        filterRunner.submit(() -> filter(items, idx, c), shown::setAll,
                e -> LOG.log(System.Logger.Level.WARNING, "Filtering the post list failed", e));
    }

    /** The posts that pass the criteria, in its order. Plain Java. */
    public static List<SidebarItem> filter(List<SidebarItem> items, SearchIndex idx, Criteria c) {
        List<String> words = SearchIndex.words(c.query());
        List<SidebarItem> out = new ArrayList<>();
        for (SidebarItem i : items) {
            if (!c.category().isEmpty() && i.categories().stream().noneMatch(c.category()::equalsIgnoreCase)) {
                continue;
            }
            if (!c.tag().isEmpty() && i.tags().stream().noneMatch(c.tag()::equalsIgnoreCase)) {
                continue;
            }
            if (c.status() == StatusFilter.PUBLISHED && i.status() != SidebarItem.Status.PUBLISHED
                    || c.status() == StatusFilter.DRAFTS && i.status() == SidebarItem.Status.PUBLISHED) {
                continue;
            }
            if (idx.matches(i, words)) {
                out.add(i);
            }
        }
        switch (c.sort()) {
            case OLDEST:
                out.sort(Comparator.comparing(SidebarItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SidebarItem::source));
                break;
            case TITLE:
                out.sort(Comparator.comparing(SidebarItem::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(SidebarItem::source));
                break;
            default:
                break; // items are newest first already
        }
        return out;
    }
}
