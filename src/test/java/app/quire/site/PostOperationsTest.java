package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quire.post.Post;
import app.quire.post.schema.FrontMatterSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostOperationsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(10));

    @TempDir
    Path tmp;

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void newJekyllPostIsDatedInPostsWithTheSchemaTemplateAndNeverOverwrites() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Site site = Site.open(blog);
        FrontMatterSchema schema = FrontMatterSchema.load(blog);

        Path first = PostOperations.newPost(site, schema, "Hello, Sidebar!", NOW, false);
        Path second = PostOperations.newPost(site, schema, "Hello, Sidebar!", NOW, false);

        assertThat(first).isEqualTo(blog.resolve("_posts/2024-05-06-hello-sidebar.md"));
        assertThat(second).isEqualTo(blog.resolve("_posts/2024-05-06-hello-sidebar-2.md"));
        Post post = Post.parse(read(first));
        assertThat(post.title()).contains("Hello, Sidebar!");
        assertThat(post.dateText()).contains("2024-05-06 07:08:09 +1000");
        assertThat(post.body()).isBlank();
    }

    @Test
    void newJekyllDraftGoesToDraftsWithoutDatePrefix() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Path p = PostOperations.newPost(Site.open(blog), null, "Half an Idea", NOW, true);
        assertThat(p).isEqualTo(blog.resolve("_drafts/half-an-idea.md"));
        assertThat(Post.parse(read(p)).frontMatter().draft()).isEmpty();
    }

    @Test
    void newHugoAndPlainPostsFollowTheirFolderAndMarkDrafts() throws IOException {
        Path hugo = ExportFixtures.copySite("hugo", tmp);
        Path h = PostOperations.newPost(Site.open(hugo), null, "Next Thing", NOW, true);
        assertThat(h).isEqualTo(hugo.resolve("content/posts/next-thing.md"));
        assertThat(Post.parse(read(h)).frontMatter().draft()).contains(true);

        Path plain = ExportFixtures.copySite("plain", tmp);
        Path p = PostOperations.newPost(Site.open(plain), null, "Plain Note", NOW, false);
        assertThat(p).isEqualTo(plain.resolve("plain-note.md"));
        assertThat(Post.parse(read(p)).frontMatter().draft()).isEmpty();
    }

    @Test
    void renameKeepsTheDatePrefixAndExtensionAndLeavesTheTextAlone() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Path old = blog.resolve("_posts/2021-12-10-serverless-badge.md");
        String text = read(old);

        Path renamed = PostOperations.rename(old, "The Badge, Revisited");

        assertThat(renamed).isEqualTo(blog.resolve("_posts/2021-12-10-the-badge-revisited.md"));
        assertThat(old).doesNotExist();
        assertThat(read(renamed)).isEqualTo(text);
        // typing a full dated name keeps the original date
        assertThat(PostOperations.rename(renamed, "1999-01-01-short.md"))
                .isEqualTo(blog.resolve("_posts/2021-12-10-short.md"));
    }

    @Test
    void renameRefusesTakenNamesAndBundleIndexes() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Files.writeString(blog.resolve("_posts/2021-12-10-taken.md"), "x", StandardCharsets.UTF_8);
        Path old = blog.resolve("_posts/2021-12-10-serverless-badge.md");
        assertThatThrownBy(() -> PostOperations.rename(old, "taken")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(old).exists();
        Path hugo = ExportFixtures.copySite("hugo", tmp);
        assertThatThrownBy(() -> PostOperations.rename(hugo.resolve("content/posts/bundle-post/index.md"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostOperations.rename(old, "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteToTheFolderTrashKeepsTheFileOutOfTheIndexAndTheExport() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Path post = blog.resolve("_posts/2021-12-10-serverless-badge.md");
        String text = read(post);
        PostOperations.Trash trash = PostOperations.folderTrash(blog);

        Path where = PostOperations.delete(post, trash);

        assertThat(where).isEqualTo(blog.resolve(".quire-trash/_posts/2021-12-10-serverless-badge.md"));
        assertThat(read(where)).isEqualTo(text);
        assertThat(post).doesNotExist();
        PostIndex index = PostIndex.load(Site.open(blog), new PostIndex.Options(true, true, NOW.toInstant()),
                new ArrayList<>());
        assertThat(index.posts()).noneMatch(e -> e.source().contains("serverless-badge"));

        // a second file of the same name does not replace the first in the trash
        Files.writeString(post, "again", StandardCharsets.UTF_8);
        assertThat(PostOperations.delete(post, trash))
                .isEqualTo(blog.resolve(".quire-trash/_posts/2021-12-10-serverless-badge.2.md"));
    }

    @Test
    void publishingAJekyllDraftMovesItToPostsWithTodaysDateAndKeepsTheBody() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Path draft = blog.resolve("_drafts/work-in-progress.md");
        String body = Post.parse(read(draft)).body();

        Path published = PostOperations.publish(Site.open(blog), draft, NOW, null);

        assertThat(published).isEqualTo(blog.resolve("_posts/2024-05-06-work-in-progress.md"));
        assertThat(draft).doesNotExist();
        Post post = Post.parse(read(published));
        assertThat(post.body()).isEqualTo(body);
        assertThat(post.title()).contains("Work In Progress");
        assertThat(post.dateText()).contains("2024-05-06 07:08:09 +1000");
        List<Problem> problems = new ArrayList<>();
        PostIndex index = PostIndex.load(Site.open(blog), new PostIndex.Options(false, false,
                NOW.plusDays(1).toInstant()), problems);
        assertThat(index.posts()).anyMatch(e -> e.title().equals("Work In Progress"));
    }

    @Test
    void publishingAHugoDraftFlipsOnlyTheDraftLine() throws IOException {
        Path hugo = ExportFixtures.copySite("hugo", tmp);
        Path file = hugo.resolve("content/posts/not-ready.md");
        String before = read(file);

        Path after = PostOperations.publish(Site.open(hugo), file, NOW, null);

        assertThat(after).isEqualTo(file);
        assertThat(read(file)).isEqualTo(before.replace("draft: true", "draft: false"));
    }

    @Test
    void publishingAHugoTomlDraftFlipsOnlyItsTopLevelDraftValue() throws IOException {
        Path hugo = ExportFixtures.copySite("hugo", tmp);
        Path file = hugo.resolve("content/posts/toml-draft.md");
        String before = "+++\ntitle = \"Kept in TOML\"\ndate = 2024-05-01T00:00:00Z\ndraft = true # not yet\n\n"
                + "[params]\ndraft = true\n+++\n\nBody draft = true stays.\n";
        Files.writeString(file, before, StandardCharsets.UTF_8);

        Path after = PostOperations.publish(Site.open(hugo), file, NOW, null);

        assertThat(after).isEqualTo(file);
        assertThat(read(file)).isEqualTo(before.replaceFirst("draft = true # not yet", "draft = false # not yet"));
        assertThat(Post.parse(read(file)).frontMatter().draft()).contains(false);
    }

    @Test
    void publishingAHugoJsonDraftFlipsOnlyItsDraftValue() throws IOException {
        Path hugo = ExportFixtures.copySite("hugo", tmp);
        Path file = hugo.resolve("content/posts/json-draft.md");
        String before = "{\n  \"title\": \"Kept in JSON\",\n  \"draft\": true,\n  \"tags\": [\"a\"]\n}\n\nBody.\n";
        Files.writeString(file, before, StandardCharsets.UTF_8);

        PostOperations.publish(Site.open(hugo), file, NOW, null);

        assertThat(read(file)).isEqualTo(before.replace("\"draft\": true", "\"draft\": false"));
    }

    @Test
    void publishingAPublishedPostIsRefused() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Path post = blog.resolve("_posts/2021-12-10-serverless-badge.md");
        String before = read(post);
        assertThatThrownBy(() -> PostOperations.publish(Site.open(blog), post, NOW, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a draft");
        assertThat(read(post)).isEqualTo(before);
    }

    @Test
    void publishingAnUnpublishedPostSetsPublishedTrueInPlace() throws IOException {
        Path blog = ExportFixtures.copySite("jekyll", tmp);
        Path post = blog.resolve("_posts/2022-08-08-unpublished.md");
        String before = read(post);
        assertThat(PostOperations.publish(Site.open(blog), post, NOW, null)).isEqualTo(post);
        assertThat(read(post)).isEqualTo(before.replace("published: false", "published: true"));
    }
}
