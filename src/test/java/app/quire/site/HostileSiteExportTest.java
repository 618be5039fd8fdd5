package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export attacked as a hostile writer would (docs/robustness.md): each case must finish, report the problem as
 * FILE:LINE:COL, keep going with the other posts and never write outside OUT or over Quire's own files.
 */
class HostileSiteExportTest {
    /** A hang guard only, far above any real run; never a speed check. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path site(String config) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), config, StandardCharsets.UTF_8);
        post(site, "2021-12-10-good.md", "---\ntitle: A good post\ndate: 2021-12-10 00:00:00 +1000\n---\n\nKept.\n");
        return site;
    }

    private static void post(Path site, String name, String text) throws IOException {
        Files.writeString(site.resolve("_posts").resolve(name), text, StandardCharsets.UTF_8);
    }

    private ExportReport export(Path site) {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> SiteExporter.export(site, dir.resolve("out"), ExportFixtures.options()));
    }

    private static List<String> lines(ExportReport report) {
        return report.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    private boolean goodPostWritten() {
        return Files.isRegularFile(dir.resolve("out/2021/12/09/good.html"));
    }

    @Test
    void aRunawayLiquidLoopStopsWithAnErrorAndTheOtherPostsAreExported() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        post(site, "2021-01-01-loop.md", "---\ntitle: Loop\n---\n\n{% for i in (1..100000000) %}"
                + "{% for j in (1..100000000) %}x{% endfor %}{% endfor %}\n");

        ExportReport report = export(site);

        assertThat(report.hasErrors()).isTrue();
        assertThat(lines(report)).anySatisfy(l -> assertThat(l)
                .startsWith("_posts/2021-01-01-loop.md:").contains("error: Liquid:").contains("maxIterations"));
        assertThat(goodPostWritten()).isTrue();
    }

    @Test
    void aPaginatePathLeavingTheSiteIsRefusedInsteadOfCrashing() throws IOException {
        Path site = site("title: T\nurl: https://example.test\npaginate: 1\npaginate_path: \"/../../esc:num/\"\n");
        post(site, "2021-01-02-two.md", "---\ntitle: Two\n---\nx\n");

        ExportReport report = export(site);

        assertThat(lines(report)).contains("_config.yml:0:0: error: paginate_path '/../../esc:num/' is not a plain "
                + "path inside the site; using /page:num/");
        assertThat(dir.resolve("out/page2/index.html")).isRegularFile();
        assertThat(dir.resolve("esc2")).doesNotExist();
        assertThat(goodPostWritten()).isTrue();
    }

    @Test
    void aPermalinkOntoQuiresOwnFilesIsRefusedAndTheyStayIntact() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        post(site, "2021-01-03-index.md", "---\ntitle: I\npermalink: /.quire-index\n---\nx\n");
        post(site, "2021-01-04-manifest.md", "---\ntitle: M\npermalink: /./.quire-export.json\n---\nx\n");

        ExportReport report = export(site);

        assertThat(lines(report)).contains(
                "_posts/2021-01-03-index.md:0:0: error: output .quire-index is a file Quire keeps for itself; skipped",
                "_posts/2021-01-04-manifest.md:0:0: error: output .quire-export.json is a file Quire keeps for "
                        + "itself; skipped");
        assertThat(Files.readString(dir.resolve("out/.quire-export.json"), StandardCharsets.UTF_8))
                .startsWith("{");
        ExportReport again = export(site);
        assertThat(again.written()).isZero(); // the manifest and index still work: nothing is redone
    }

    @Test
    void urlsThatCannotBeFileNamesSaySo() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        post(site, "2021-01-05-nul.md", "---\ntitle: N\npermalink: \"/a\\0b/\"\n---\nx\n");
        post(site, "2021-01-06-long.md", "---\ntitle: L\npermalink: /" + "x".repeat(300) + "/\n---\nx\n");
        post(site, "2021-01-07-up.md", "---\ntitle: U\npermalink: /%2e%2e/%2e%2e/up.html\n---\nx\n");

        ExportReport report = export(site);

        assertThat(lines(report)).contains(
                "_posts/2021-01-05-nul.md:3:12: error: URL '/a\\u0000b/' contains a control character, which cannot "
                        + "be in a file name; post skipped",
                "_posts/2021-01-07-up.md:3:12: error: URL '/%2e%2e/%2e%2e/up.html' would be written outside the "
                        + "output folder; post skipped");
        assertThat(lines(report)).anySatisfy(l -> assertThat(l).startsWith("_posts/2021-01-06-long.md:3:12: error:")
                .contains("longer than 250 bytes"));
        assertThat(dir.resolve("up.html")).doesNotExist();
        assertThat(goodPostWritten()).isTrue();
    }

    @Test
    void aConfigThatIsNotUtf8IsAProblemNotAnAbort() throws IOException {
        Path site = site("");
        Files.write(site.resolve("_config.yml"), "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        ExportReport report = export(site);

        assertThat(lines(report)).anySatisfy(l -> assertThat(l)
                .startsWith("_config.yml:1:1: error: not valid UTF-8 text; the config is ignored"));
        assertThat(goodPostWritten()).isTrue();
    }

    @Test
    void anUnclosedFrontMatterIsReportedAtLineOne() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        post(site, "2021-01-08-open.md", "---\ntitle: Open\n\nThe body.\n");

        ExportReport report = export(site);

        assertThat(lines(report)).anySatisfy(l -> assertThat(l)
                .startsWith("_posts/2021-01-08-open.md:1:1: error: front matter opened with --- on line 1 is never closed"));
        assertThat(goodPostWritten()).isTrue();
    }

    @Test
    void aLiquidValueThatDoublesItselfEndsAsAnErrorNotACrash() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        // 2^31 characters cannot exist in one Java string: the render runs out of memory whatever the heap
        post(site, "2021-01-09-grow.md", "---\ntitle: Grow\n---\n\n{% assign s = \"x\" %}{% for i in (1..31) %}"
                + "{% assign s = s | append: s %}{% endfor %}{{ s | size }}\n");

        ExportReport report = export(site);

        assertThat(lines(report)).anySatisfy(l -> assertThat(l).startsWith("_posts/2021-01-09-grow.md:")
                .contains("error: Liquid:"));
        assertThat(goodPostWritten()).isTrue();
    }

    @Test
    void aPostNestedDeeperThanAThreadStackIsStillExported() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        // 20,000 quote levels (20 KB) overflowed the export writer's recursion and ended the export
        post(site, "2021-01-10-deep.md", "---\ntitle: Deep\n---\n" + ">".repeat(20_000) + " x\n");

        ExportReport report = export(site);

        assertThat(report.hasErrors()).isFalse();
        assertThat(Files.readString(dir.resolve("out/2021/01/10/deep.html"), StandardCharsets.UTF_8))
                .contains("<blockquote>");
        assertThat(Files.readString(dir.resolve("out/feed.xml"), StandardCharsets.UTF_8)).contains("A good post");
        assertThat(goodPostWritten()).isTrue();
    }

    @Test
    void aBinaryYamlTitleIsItsTextAndARepeatExportChangesNothing() throws IOException {
        Path site = site("title: !!binary SGVsbG8=\nurl: https://example.test\n");

        export(site);
        ExportReport again = export(site);

        assertThat(Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8))
                .contains("<title>Hello").doesNotContain("[B@");
        assertThat(again.written()).isZero();
    }

    @Test
    void aTomlStringNeverClosedIsASkippedLineNotAValueWithAQuote() {
        SimpleToml toml = SimpleToml.parse("title = \"unterminated\nbaseURL = \"https://example.test/\"\n");

        assertThat(toml.skippedLines()).containsExactly(1);
        assertThat(toml.asMap()).doesNotContainKey("title").containsEntry("baseURL", "https://example.test/");
    }

    @Test
    void anImpossibleDateInTheFileNameIsAnErrorNotATodaysPost() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        post(site, "2021-13-45-odd.md", "---\ntitle: Odd\n---\nx\n");

        ExportReport report = export(site);

        assertThat(lines(report)).anySatisfy(l -> assertThat(l).startsWith("_posts/2021-13-45-odd.md:0:0: error: "
                + "the date in the file name (2021-13-45) is not a date"));
    }

    @Test
    void aMarkdownFileInPostsWithoutADateInItsNameIsNamedNotSilentlyDropped() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        post(site, "my-draft-idea.md", "---\ntitle: Idea\n---\nx\n");

        ExportReport report = export(site);

        assertThat(report.hasErrors()).isFalse();
        assertThat(lines(report)).contains("_posts/my-draft-idea.md:0:0: warning: not named YYYY-MM-DD-title.md, "
                + "so not a post (Jekyll skips it too); skipped");
    }

    @Test
    void charactersXmlForbidsNeverReachTheFeed() throws Exception {
        Path site = site("title: T\nurl: https://example.test\n");
        // YAML escapes: U+FFFE and a lone surrogate (both not allowed in XML 1.0), and a tea cup (a valid pair)
        post(site, "2021-01-11-odd.md", "---\ntitle: \"bad \\uFFFE \\uD800 x \\U0001F375\"\n---\nx\n");

        export(site);

        Path feed = dir.resolve("out/feed.xml");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(feed.toFile());
        assertThat(Files.readString(feed, StandardCharsets.UTF_8)).contains("bad").contains("\uD83C\uDF75")
                .doesNotContain("\uFFFE");
    }

    private static ExportOptions clean() {
        return new ExportOptions(false, false, true, ExportFixtures.NOW);
    }

    @Test
    void cleanNeverDeletesThePostsFolderOrAFolderExportDidNotMake() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        Path posts = site.resolve("_posts");
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        Files.writeString(documents.resolve("letter.txt"), "private", StandardCharsets.UTF_8);

        // before: both exports emptied the folder first, the writer's post and letter included
        assertThatThrownBy(() -> SiteExporter.export(site, posts, clean()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a Markdown file that no export made");
        assertThatThrownBy(() -> SiteExporter.export(site, documents, clean()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing was deleted");

        assertThat(posts.resolve("2021-12-10-good.md")).isRegularFile();
        assertThat(documents.resolve("letter.txt")).hasContent("private");
    }

    @Test
    void cleanStillEmptiesAFolderAnEarlierExportMadeStrayFilesIncluded() throws IOException {
        Path site = site("title: T\nurl: https://example.test\n");
        Path out = dir.resolve("out");
        export(site);
        Files.writeString(out.resolve("stray.txt"), "left over", StandardCharsets.UTF_8);
        Files.createDirectories(out.resolve(".git"));

        SiteExporter.export(site, out, clean());

        assertThat(out.resolve("stray.txt")).doesNotExist();
        assertThat(out.resolve(".git")).isDirectory();
        assertThat(goodPostWritten()).isTrue();
    }
}
