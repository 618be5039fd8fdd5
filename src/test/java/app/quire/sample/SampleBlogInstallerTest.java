package app.quire.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleBlogInstallerTest {
    @TempDir
    Path tmp;

    @Test
    void installsEveryIndexedFileOnce() throws IOException {
        Path blog = tmp.resolve("data/quire/sample-blog");
        SampleBlogInstaller.Result r = SampleBlogInstaller.install(blog);
        assertThat(r.installedNow()).isTrue();
        for (String rel : SampleBlogInstaller.files()) {
            assertThat(blog.resolve(rel)).isRegularFile();
        }
        assertThat(blog.resolve("_config.yml")).content(StandardCharsets.UTF_8).contains("title:");
        try (Stream<Path> s = Files.list(blog.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("sample-blog");
        }
    }

    @Test
    void neverOverwritesTheUsersEditsOnLaterStarts() throws IOException {
        Path blog = tmp.resolve("sample-blog");
        SampleBlogInstaller.install(blog);
        Path post = SampleBlogInstaller.newestPost(blog).orElseThrow();
        Files.writeString(post, "my own words", StandardCharsets.UTF_8);
        Path removed = blog.resolve("about.md");
        Files.delete(removed);

        SampleBlogInstaller.Result again = SampleBlogInstaller.install(blog);

        assertThat(again.installedNow()).isFalse();
        assertThat(post).content(StandardCharsets.UTF_8).isEqualTo("my own words");
        assertThat(removed).doesNotExist();
    }

    @Test
    void newestPostIsTheWelcomePost() throws IOException {
        Path blog = SampleBlogInstaller.install(tmp.resolve("b")).folder();
        assertThat(SampleBlogInstaller.newestPost(blog)).get()
                .extracting(p -> p.getFileName().toString()).isEqualTo("2026-03-09-welcome-to-quire.md");
    }

    @Test
    void indexListsExactlyTheBundledFiles() throws IOException {
        Path src = Path.of("src/main/resources/app/quire/sample/blog");
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(src)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> src.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(SampleBlogInstaller.files()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void samplePostsHaveFrontMatterAndSmallImages() throws IOException {
        Path blog = SampleBlogInstaller.install(tmp.resolve("b")).folder();
        try (Stream<Path> s = Files.list(blog.resolve("_posts"))) {
            List<Path> posts = s.collect(Collectors.toList());
            assertThat(posts).hasSizeBetween(3, 4);
            for (Path p : posts) {
                assertThat(Files.readString(p, StandardCharsets.UTF_8)).startsWith("---\ntitle:");
            }
        }
        try (Stream<Path> s = Files.list(blog.resolve("assets/images/posts"))) {
            for (Path img : s.collect(Collectors.toList())) {
                assertThat(Files.size(img)).isLessThan(100_000);
            }
        }
    }

    @Test
    void oneSamplePostHasTheSeedShape() throws IOException {
        Path blog = SampleBlogInstaller.install(tmp.resolve("b")).folder();
        String text = Files.readString(blog.resolve("_posts/2026-02-21-evening-walks.md"), StandardCharsets.UTF_8);
        assertThat(text).containsPattern("(?m)^date: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\+1000$")
                .containsPattern("(?m)^heroimage: /assets/images/posts/[0-9a-f-]{36}\\.jpg$")
                .containsPattern("(?m)^## .+ ##$")
                .contains("\ncategory: blog\n")
                .doesNotEndWith("\n");
        String hero = text.replaceAll("(?s).*heroimage: /([^\n]+).*", "$1");
        assertThat(blog.resolve(hero)).isRegularFile();
    }
}
