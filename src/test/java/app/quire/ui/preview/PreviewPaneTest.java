package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.RenderContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    @TempDir
    static Path temp;

    private Stage stage;
    private PreviewDriver driver;
    private String post;

    @BeforeAll
    static void cacheInTemp() {
        System.setProperty("quire.cache.home", temp.resolve("cache").toString());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        Path site = PreviewDriver.sampleSite(temp.resolve("site"));
        driver = PreviewDriver.open(stage, new RenderContext(site, site.resolve("_posts")), 900, 700);
        post = PreviewDriver.samplePost();
        driver.showAndWait(post);
    }

    private long count(String selector) {
        return ((Number) driver.js("document.querySelectorAll('" + selector + "').length")).longValue();
    }

    private String text(String selector) {
        return (String) driver.js("(function(){var e=document.querySelector('" + selector
                + "');return e?e.textContent.trim():null;})()");
    }

    private void markBlocks() {
        driver.js("window.loadedOnce = window.loadedOnce || 'yes';"
                + "Array.prototype.forEach.call(document.querySelectorAll('.block'), function(b){b.__kept = true;})");
    }

    private List<String> unmarkedBlocks() {
        String joined = (String) driver.js("Array.prototype.filter.call(document.querySelectorAll('.block'),"
                + " function(b){return !b.__kept;}).map(function(b){return b.textContent.trim();}).join('\\u0001')");
        return joined.isEmpty() ? List.of() : List.of(joined.split("\u0001"));
    }

    @Test
    void showsEveryBlockAndTheHeaderButNotTheFrontMatter() {
        assertThat(count(".block")).isEqualTo(driver.pane().shown().blocks().size()).isGreaterThan(10);
        assertThat(count(".chunk")).isPositive();
        assertThat(text(".article-title")).isEqualTo("Notes From a Week of Static Site Tinkering");
        assertThat(text(".article-meta")).contains("2 March 2024").contains("quire-tester").contains("blog");
        assertThat((String) driver.js("document.body.textContent")).doesNotContain("heroimage:")
                .contains("Getting Started");
        assertThat(driver.js("document.querySelector('h2').textContent")).isEqualTo("Getting Started");
    }

    @Test
    void theHeaderShowsTheDayTheSitePublishesAPostOn() {
        // 2024-03-02 00:00:00 +1000 is 1 March in a site on UTC (Jekyll without timezone:), as the export shows it
        PreviewDriver.fx(() -> {
            driver.pane().setPublishZone(java.time.ZoneOffset.UTC);
            return null;
        });
        driver.waitForScript("document.querySelector('.article-meta time').textContent === '1 March 2024'");
        PreviewDriver.fx(() -> {
            driver.pane().setPublishZone(java.time.ZoneId.of("Australia/Brisbane"));
            return null;
        });
        driver.waitForScript("document.querySelector('.article-meta time').textContent === '2 March 2024'");
    }

    @Test
    void anEditReplacesOnlyTheChangedBlockWithoutReloading() {
        String location = driver.location();
        markBlocks();
        driver.showAndWait(post.replace("check every image", "check every single image"));

        assertThat(unmarkedBlocks()).singleElement().asString().contains("check every single image");
        assertThat(driver.js("window.loadedOnce")).isEqualTo("yes");
        assertThat(driver.location()).isEqualTo(location);
        assertThat(count(".block")).isEqualTo(driver.pane().shown().blocks().size());
    }

    @Test
    void insertingAParagraphAddsOneBlockAndKeepsTheRest() {
        markBlocks();
        long before = count(".block");
        driver.showAndWait(post.replace("## Getting Started ##", "A brand new paragraph.\n\n## Getting Started ##"));

        assertThat(count(".block")).isEqualTo(before + 1);
        assertThat(unmarkedBlocks()).containsExactly("A brand new paragraph.");
        driver.showAndWait(post);
        assertThat(count(".block")).isEqualTo(before);
        assertThat(unmarkedBlocks()).isEmpty();
    }

    @Test
    void rapidEditsEndInThePageMatchingTheLastText() {
        for (int i = 0; i < 30; i++) {
            String text = post.replace("Last week", "Last week " + "x".repeat(i))
                    + (i % 3 == 0 ? "\n\nExtra paragraph " + i : "");
            PreviewDriver.fx(() -> {
                driver.pane().show(text);
                return null;
            });
        }
        String last = post.replace("Last week", "Last week final");
        driver.showAndWait(last);
        // on a loaded machine an earlier queued render can be the one that ends the wait: wait for the last text
        PreviewDriver.waitUntil(() -> String.valueOf(driver.js("document.getElementById('content').textContent"))
                .contains("Last week final"));

        assertThat(count(".block")).isEqualTo(driver.pane().shown().blocks().size());
        assertThat((String) driver.js("document.getElementById('content').textContent"))
                .contains("Last week final").doesNotContain("Extra paragraph").doesNotContain("Last week x");
        // every block's DOM equals what a fresh parse of its HTML gives, in order
        Object same = PreviewDriver.fx(() -> {
            netscape.javascript.JSObject window =
                    (netscape.javascript.JSObject) driver.pane().engine().executeScript("window");
            String joined = driver.pane().shown().blocks().stream().map(b -> b.html())
                    .collect(java.util.stream.Collectors.joining("\u001e"));
            window.setMember("expectedHtml", joined);
            return driver.pane().engine().executeScript("(function(){var want=expectedHtml.split('\\u001e');"
                    + "var got=document.querySelectorAll('.block');if(got.length!==want.length)return 'count';"
                    + "for(var i=0;i<want.length;i++){var d=document.createElement('div');d.innerHTML=want[i];"
                    + "if(got[i].querySelector('pre'))continue;"
                    + "if(d.innerHTML!==got[i].innerHTML)return 'block '+i;}return 'same';})()");
        });
        assertThat(same).isEqualTo("same");
    }

    @Test
    void scrollPositionStaysPutThroughAPatch() {
        driver.js("window.scrollTo(0, 600)");
        Number before = (Number) driver.js("window.pageYOffset");
        driver.showAndWait(post.replace("Yes. Pages load faster", "Yes! Pages load faster"));
        driver.showAndWait(post.replace("Last week I moved", "Last week I finally moved"));

        assertThat(before.intValue()).isEqualTo(600);
        assertThat(((Number) driver.js("window.pageYOffset")).intValue()).isEqualTo(600);
    }

    @Test
    void headerFollowsFrontMatterChanges() {
        markBlocks();
        driver.showAndWait(post.replace("title: 'Notes From a Week of Static Site Tinkering'", "title: A New Title"));

        assertThat(text(".article-title")).isEqualTo("A New Title");
        assertThat(unmarkedBlocks()).isEmpty();
    }

    @Test
    void aMissingImageShowsAPlaceholderNamingItsPath() {
        driver.showAndWait(post.replace("/assets/images/posts/hero.png", "/assets/images/posts/not-there.png"));
        driver.waitForScript("document.querySelectorAll('.article-header .image-missing').length > 0");
        assertThat(text(".article-header .image-missing")).contains("assets/images/posts/not-there.png");
        // the broken hero itself takes no room (its own rule used to keep it an empty box the height of the view)
        assertThat(driver.js("getComputedStyle(document.querySelector('.article-header img.hero')).display"))
                .isEqualTo("none");

        // a body image, straight through the page's patch function (independent of the Markdown side)
        driver.js("window.quire.patch(0, 0, '<p><img src=\"file:///no/such/folder/chart.png\"></p>', 1)");
        driver.waitForScript("document.querySelectorAll('#content .image-missing').length > 0");
        assertThat(text("#content .image-missing")).contains("/no/such/folder/chart.png");
        assertThat(count("#content img.image-broken")).isEqualTo(1);
    }

    @Test
    void scriptsInThePostDoNotRun() {
        driver.showAndWait(post + "\n\n<img src=\"nope.png\" onerror=\"window.pwnedByHandler = 1\">\n\n"
                + "<script>window.pwnedByScript = 1;</script>\n\n[click](javascript:window.pwnedByLink=1)");
        // straight into the page too, in case the markdown side sanitised the raw HTML away
        driver.js("window.quire.patch(0, 0, '<img src=\"gone.png\" onerror=\"window.pwnedByHandler = 2\">"
                + "\\u001e<script>window.pwnedByScript = 2</script>', 2)");
        driver.waitForScript("document.querySelectorAll('img.image-broken').length >= 2");
        driver.js("var a = document.querySelector('a[href^=\"javascript\"]'); if (a) { a.click(); }");

        assertThat(driver.js("typeof window.pwnedByHandler")).isEqualTo("undefined");
        assertThat(driver.js("typeof window.pwnedByScript")).isEqualTo("undefined");
        assertThat(driver.js("typeof window.pwnedByLink")).isEqualTo("undefined");
        // while the page's own file scripts did run
        assertThat(driver.js("typeof window.hljs")).isEqualTo("object");
        assertThat(count("pre code.hljs")).isEqualTo(1);
    }

    @Test
    void clickingALinkOpensItOutsideAndTheAnchorsScrollInside() {
        List<String> opened = new CopyOnWriteArrayList<>();
        PreviewDriver.fx(() -> {
            driver.pane().setOnOpenLink(opened::add);
            return null;
        });
        driver.showAndWait(post + "\n\n<p><a href=\"https://example.org/static-sites\">out</a> and"
                + " <a href=\"#was-it-worth-it\">in</a></p>");
        String location = driver.location();
        driver.js("document.querySelector('a[href=\"https://example.org/static-sites\"]').click()");
        PreviewDriver.waitUntil(() -> !opened.isEmpty());

        assertThat(opened).containsExactly("https://example.org/static-sites");
        assertThat(driver.location()).isEqualTo(location);

        driver.js("window.scrollTo(0, 0); document.querySelector('a[href=\"#was-it-worth-it\"]').click()");
        assertThat(((Number) driver.js("window.pageYOffset")).intValue()).isPositive();
        assertThat(driver.location()).isEqualTo(location);
        assertThat(opened).hasSize(1);
    }

    @Test
    void revealLineMarksTheBlockOfThatLine() {
        List<String> lines = List.of(post.split("\n", -1));
        int tableLine = lines.indexOf("| Convert | 312 | 3 s |");
        PreviewDriver.fx(() -> {
            driver.pane().revealLine(tableLine);
            return null;
        });
        assertThat(count(".caret-block")).isEqualTo(1);
        assertThat(text(".caret-block")).contains("Convert").contains("Export");
        assertThat(((Number) driver.js("document.querySelector('.caret-block').getBoundingClientRect().top"))
                .doubleValue()).isBetween(-400.0, 700.0);

        int headingLine = lines.indexOf("## Was It Worth It? ##");
        PreviewDriver.fx(() -> {
            driver.pane().revealLine(headingLine);
            return null;
        });
        assertThat(text(".caret-block")).isEqualTo("Was It Worth It?");
        assertThat(count(".caret-block")).isEqualTo(1);
    }

    @Test
    void scrollingThePreviewReportsTheLineAtTheTop() {
        List<Integer> reported = new CopyOnWriteArrayList<>();
        PreviewDriver.fx(() -> {
            driver.pane().setOnScrolledToLine(reported::add);
            return null;
        });
        driver.js("var h = document.querySelectorAll('h2')[1]; window.scrollTo(0, window.pageYOffset"
                + " + h.getBoundingClientRect().top + 1)");
        PreviewDriver.waitUntil(() -> !reported.isEmpty());

        int headingLine = List.of(post.split("\n", -1)).indexOf("## Converting the Posts ##");
        assertThat(reported.get(reported.size() - 1)).isEqualTo(headingLine);
    }

    @Test
    void darkModeTogglesTheClassAndTheColours() {
        String light = (String) driver.js("getComputedStyle(document.documentElement).backgroundColor");
        PreviewDriver.fx(() -> {
            driver.pane().setDark(true);
            return null;
        });
        assertThat(driver.js("document.documentElement.classList.contains('dark')")).isEqualTo(true);
        String dark = (String) driver.js("getComputedStyle(document.documentElement).backgroundColor");
        assertThat(dark).isNotEqualTo(light);
        PreviewDriver.fx(() -> {
            driver.pane().setDark(false);
            return null;
        });
        assertThat(driver.js("document.documentElement.classList.contains('light')")).isEqualTo(true);
    }
}
