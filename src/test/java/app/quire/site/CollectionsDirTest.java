package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll's collections_dir: posts, drafts and collections under one folder (decision 0223). */
class CollectionsDirTest {
    @TempDir
    Path temp;

    private Path site(String dir) throws Exception {
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("_config.yml"), "title: C\ncollections_dir: " + dir + "\n"
                + "collections:\n  projects:\n    output: true\n");
        write(site, "content/_posts/2024-01-02-a.md", "---\ntitle: A\n---\nSee {% post_url 2024-01-03-b %}.\n");
        write(site, "content/news/_posts/2024-01-03-b.md", "---\ntitle: B\n---\nB.\n");
        write(site, "content/_drafts/idea.md", "---\ntitle: Idea\n---\nLater.\n");
        write(site, "content/_projects/lamp.md", "---\ntitle: Lamp\n---\nA lamp.\n");
        write(site, "_posts/2024-01-04-outside.md", "---\ntitle: Outside\n---\nNot a post here.\n");
        return site;
    }

    private static void write(Path site, String rel, String text) throws Exception {
        Path f = site.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void thePostListHasThePostsInsideTheFolderOnly() throws Exception {
        Path root = site("content");
        Site site = Site.open(root);
        List<Problem> problems = new ArrayList<>();
        PostIndex index = PostIndex.load(site, PostIndex.Options.defaults(), problems);
        assertThat(index.posts()).extracting(PostEntry::title).containsExactly("B", "A");
        assertThat(index.posts().get(0).url()).isEqualTo("/news/2024/01/03/b.html");
        assertThat(index.posts().get(0).categories()).containsExactly("news");
        assertThat(index.pages()).extracting(PostEntry::url).contains("/projects/lamp.html");

        PostIndex withDrafts = PostIndex.load(site, new PostIndex.Options(true, false,
                PostIndex.Options.defaults().now()), problems);
        assertThat(withDrafts.posts()).extracting(PostEntry::title).contains("Idea");

        assertThat(PostOperations.postsFolder(site, false)).isEqualTo(root.resolve("content/_posts"));
        assertThat(PostOperations.postsFolder(site, true)).isEqualTo(root.resolve("content/_drafts"));
    }

    @Test
    void thePreviewFindsPostUrlsAndKnowsItsPost() throws Exception {
        Path root = site("content/");
        Path post = root.resolve("content/_posts/2024-01-02-a.md");
        PreviewLiquid liquid = PreviewLiquid.open(root);
        assertThat(liquid.render(Files.readString(post), post)).contains("See /news/2024/01/03/b.html.");
        assertThat(liquid.postForLink(root.resolve("news/2024/01/03/b.html")))
                .contains(root.resolve("content/news/_posts/2024-01-03-b.md"));
        assertThat(PostIndex.entryOf(Site.open(root), post, Files.readString(post)).orElseThrow().kind())
                .isEqualTo(PostEntry.Kind.POST);
    }

    @Test
    void aFolderOutsideTheSiteIsNotUsed() throws Exception {
        Path root = site("./content/");
        assertThat(JekyllCollections.dir(Site.open(root).config())).isEqualTo("content");
        for (String bad : List.of("../elsewhere", "/etc", "a/../../b")) {
            Files.writeString(root.resolve("_config.yml"), "collections_dir: \"" + bad + "\"\n");
            assertThat(JekyllCollections.dir(Site.open(root).config())).as(bad).isEmpty();
        }
        assertThat(JekyllCollections.inside("content", "content/_posts/x.md")).isEqualTo("_posts/x.md");
        assertThat(JekyllCollections.inside("content", "contents/_posts/x.md")).isNull();
        assertThat(JekyllCollections.inside("", "_posts/x.md")).isEqualTo("_posts/x.md");
    }
}
