package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.site.Site;
import app.quire.ui.posts.SidebarModel.Criteria;
import app.quire.ui.posts.SidebarModel.Sort;
import app.quire.ui.posts.SidebarModel.StatusFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's reading, search and filters without JavaFX running. */
class SidebarModelFilterTest {
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path tmp;
    private List<SidebarItem> items;
    private SearchIndex index;

    @BeforeEach
    void read() throws IOException {
        Path blog = TestBlogs.copy("jekyll", tmp);
        Files.writeString(blog.resolve("_posts/2018-01-01-cafe.md"), "---\ntitle: Café Notes\ntags: [coffee]\n---\n\n"
                + "Crème brûlée and a flat white.\n", StandardCharsets.UTF_8);
        items = SidebarModel.read(Site.open(blog), NOW);
        index = SearchIndex.build(items);
    }

    private List<String> titles(Criteria c) {
        return SidebarModel.filter(items, index, c).stream().map(SidebarItem::title).toList();
    }

    private static Criteria query(String q) {
        return new Criteria(q, "", "", StatusFilter.ALL, Sort.NEWEST);
    }

    @Test
    void listsDraftsFutureAndUnpublishedPostsWithTheirStatusNewestFirst() {
        assertThat(items).extracting(SidebarItem::title).startsWith("From The Future");
        assertThat(status("Work In Progress")).isEqualTo(SidebarItem.Status.DRAFT);
        assertThat(status("Withdrawn")).isEqualTo(SidebarItem.Status.UNPUBLISHED);
        assertThat(status("From The Future")).isEqualTo(SidebarItem.Status.FUTURE);
        assertThat(status("Two Categories")).isEqualTo(SidebarItem.Status.PUBLISHED);
        assertThat(items).noneMatch(i -> i.title().equals("About"));
        assertThat(items.stream().filter(i -> i.date() != null).map(SidebarItem::date).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aHugoPostsStatusIsWhatTheExportWouldDoWithIt() throws IOException {
        Path hugo = tmp.resolve("hugo");
        Files.createDirectories(hugo.resolve("content/posts"));
        Files.writeString(hugo.resolve("hugo.toml"), "title = \"H\"\n");
        Files.writeString(hugo.resolve("content/posts/queued.md"),
                "---\ntitle: Queued\ndate: 2024-01-01\npublishDate: 2030-01-01\n---\nSoon.\n");
        Files.writeString(hugo.resolve("content/posts/gone.md"),
                "---\ntitle: Gone\ndate: 2024-01-01\nexpiryDate: 2024-03-01\n---\nOld news.\n");
        Files.writeString(hugo.resolve("content/posts/live.md"), "---\ntitle: Live\ndate: 2024-01-01\n---\nHere.\n");
        items = SidebarModel.read(Site.open(hugo), NOW);
        assertThat(status("Queued")).isEqualTo(SidebarItem.Status.FUTURE);
        assertThat(status("Gone")).isEqualTo(SidebarItem.Status.EXPIRED);
        assertThat(status("Live")).isEqualTo(SidebarItem.Status.PUBLISHED);
    }

    private SidebarItem.Status status(String title) {
        return items.stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().status();
    }

    @Test
    void searchMatchesEveryWordInTitleOrBodyIgnoringCaseAndAccents() {
        assertThat(titles(query("street FOOD"))).containsExactly("Two Categories");
        assertThat(titles(query("creme brulee"))).containsExactly("Café Notes");
        assertThat(titles(query("cafe"))).containsExactly("Café Notes");
        assertThat(titles(query("street nonsense-word"))).isEmpty();
        assertThat(titles(query("   "))).hasSize(items.size());
    }

    @Test
    void titlesOnlyIndexSearchesTitlesUntilBodiesAreRead() {
        SearchIndex titlesOnly = SearchIndex.titlesOnly(items);
        assertThat(SidebarModel.filter(items, titlesOnly, query("street"))).isEmpty();
        assertThat(SidebarModel.filter(items, titlesOnly, query("categories"))).extracting(SidebarItem::title)
                .containsExactly("Two Categories");
    }

    @Test
    void filtersByCategoryTagAndStatusAndSortsByTitle() {
        assertThat(titles(new Criteria("", "food", "", StatusFilter.ALL, Sort.NEWEST)))
                .containsExactly("Two Categories");
        assertThat(titles(new Criteria("", "", "coffee", StatusFilter.ALL, Sort.NEWEST)))
                .containsExactly("Café Notes");
        assertThat(titles(new Criteria("", "", "", StatusFilter.DRAFTS, Sort.NEWEST)))
                .containsExactlyInAnyOrder("Work In Progress", "Withdrawn", "From The Future");
        assertThat(titles(new Criteria("", "", "", StatusFilter.PUBLISHED, Sort.NEWEST)))
                .doesNotContain("Work In Progress", "Withdrawn", "From The Future");
        assertThat(titles(new Criteria("", "", "", StatusFilter.ALL, Sort.TITLE)))
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        List<SidebarItem> oldest = SidebarModel.filter(items, index, new Criteria("", "", "", StatusFilter.ALL,
                Sort.OLDEST));
        assertThat(oldest.get(0).title()).isEqualTo("Café Notes");
    }
}
