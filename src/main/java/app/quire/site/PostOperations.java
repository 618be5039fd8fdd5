package app.quire.site;

import app.quire.post.DateStyle;
import app.quire.post.FrontMatter;
import app.quire.post.Post;
import app.quire.post.PostDate;
import app.quire.post.PostFile;
import app.quire.post.PostNames;
import app.quire.post.Slug;
import app.quire.post.schema.FrontMatterSchema;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the blog sidebar does to post files, by the site's conventions: create a post, rename it (a Jekyll
 * name keeps its date prefix), move it to a trash, publish a draft. Front matter edits go through the lossless
 * {@link FrontMatter}; new and rewritten files are written atomically by {@link PostFile}. Blocking file
 * operations: call them off the FX thread.
 */
public final class PostOperations {
    /** Where {@link #delete} puts a post when the desktop has no trash: a dot folder, never exported. */
    public static final String TRASH_FOLDER = ".quire-trash";
    private static final int MAX_SUFFIX = 999;

    /** Moves a file somewhere it can be recovered from. */
    @FunctionalInterface
    public interface Trash {
        /** Moves {@code file} away; returns where it went (null when the system does not say). */
        Path moveToTrash(Path file) throws IOException;
    }

    private PostOperations() {
    }

    /**
     * Creates a post named by the site's convention and returns its path: Jekyll {@code _posts/DATE-slug.md}
     * ({@code _drafts/slug.md} for a draft), Hugo {@code content/posts/slug.md} (or {@code content/}), plain
     * {@code slug.md} in the folder. The front matter comes from the schema's template (title, date in the
     * blog's style, usual keys), or in a Hugo blog from its archetype when it has one ({@link HugoArchetypes});
     * a Hugo or plain draft gets {@code draft: true}. A taken name gets {@code -2},
     * {@code -3}…; nothing is ever overwritten.
     *
     * @param schema the blog's inferred schema, or null for title and date only
     */
    public static Path newPost(Site site, FrontMatterSchema schema, String title, ZonedDateTime now, boolean draft)
            throws IOException {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a post needs a title");
        }
        ZonedDateTime when = now.truncatedTo(ChronoUnit.SECONDS);
        Path folder = postsFolder(site, draft);
        Files.createDirectories(folder);
        boolean dated = site.shape() == SiteShape.JEKYLL && !draft;
        String slug = Slug.of(title);
        String block = schema != null ? schema.templateFor(title.strip(), when)
                : FrontMatter.parseBlock("").withTitle(title.strip())
                        .withDate(PostDate.of(when.toOffsetDateTime(), DateStyle.JEKYLL)).block();
        FrontMatter fm = FrontMatter.parseBlock(block);
        if (draft && site.shape() != SiteShape.JEKYLL) {
            fm = fm.withDraft(true);
        }
        String text = fm.block() + fm.newline();
        if (site.shape() == SiteShape.HUGO) { // the site's own archetype, as hugo new uses it
            text = HugoArchetypes.newPost(site, folder, title.strip(), slug, when, draft).orElse(text);
        }
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            String s = n == 1 ? slug : slug + "-" + n;
            Path target = folder.resolve(dated ? when.toLocalDate() + "-" + s + ".md" : s + ".md");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return PostFile.createNew(target, text).path();
            } catch (FileAlreadyExistsException e) {
                // created by someone else in between: try the next name
                continue;
            }
        }
        throw new IOException("no free file name for '" + slug + "' in " + folder);
    }

    /** The folder new posts (or drafts) go to. */
    public static Path postsFolder(Site site, boolean draft) {
        Path root = site.root();
        switch (site.shape()) {
            case JEKYLL:
                String dir = JekyllCollections.dir(site.config()); // collections_dir holds _posts and _drafts
                return (dir.isEmpty() ? root : root.resolve(dir)).resolve(draft ? "_drafts" : "_posts");
            case HUGO:
                return Files.isDirectory(root.resolve("content/posts")) || !Files.isDirectory(root.resolve("content"))
                        ? root.resolve("content/posts") : root.resolve("content");
            default:
                return root;
        }
    }

    /**
     * Renames a post's file to {@code newName} made into a slug; a Jekyll-dated name keeps its date prefix and
     * the extension stays. The front matter is not touched. Returns the new path (the same when nothing changes).
     *
     * @throws FileAlreadyExistsException when another file has that name
     * @throws IllegalArgumentException  for an empty name or a Hugo bundle's {@code index.md}
     */
    public static Path rename(Path file, String newName) throws IOException {
        Path to = renameTarget(file, newName);
        if (to.equals(file)) {
            return file;
        }
        return Files.move(file, to);
    }

    /**
     * Where {@link #rename} would move the post (the file itself when the name does not change), without moving it.
     *
     * @throws FileAlreadyExistsException when another file has that name
     * @throws IllegalArgumentException  for an empty name or a Hugo bundle's {@code index.md}
     */
    public static Path renameTarget(Path file, String newName) throws IOException {
        String name = file.getFileName().toString();
        if (name.equals("index.md") || name.equals("_index.md")) {
            throw new IllegalArgumentException(name + " names its folder's page; rename the folder instead");
        }
        String wanted = newName == null ? "" : PostNames.stem(newName.strip());
        if (wanted.isBlank()) {
            throw new IllegalArgumentException("the new name is empty");
        }
        String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : ".md";
        Optional<PostNames.JekyllName> jekyll = PostNames.parseJekyll(name);
        Optional<PostNames.JekyllName> typed = PostNames.parseJekyll(wanted);
        String slug = Slug.of(typed.map(PostNames.JekyllName::slug).orElse(wanted));
        String target = jekyll.map(j -> j.date() + "-" + slug).orElse(slug) + ext;
        if (target.equals(name)) {
            return file;
        }
        Path to = file.resolveSibling(target);
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) && !isSameFileDifferentCase(file, to)) {
            throw new FileAlreadyExistsException(to.toString(), null, target + " already exists");
        }
        return to;
    }

    private static boolean isSameFileDifferentCase(Path a, Path b) throws IOException {
        return a.getFileName().toString().equalsIgnoreCase(b.getFileName().toString()) && Files.isSameFile(a, b);
    }

    /** Moves a post to the trash; returns where it went (null when the trash does not say). */
    public static Path delete(Path file, Trash trash) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a file");
        }
        return trash.moveToTrash(file);
    }

    /**
     * The fallback trash: {@code ROOT/.quire-trash/} keeping the post's path inside the blog, with a number
     * added when an earlier deleted file has the same name. Quire's export and post list skip dot folders.
     */
    public static Trash folderTrash(Path blogRoot) {
        return file -> {
            Path root = blogRoot.toAbsolutePath().normalize();
            Path abs = file.toAbsolutePath().normalize();
            Path rel = abs.startsWith(root) ? root.relativize(abs) : abs.getFileName();
            Path target = root.resolve(TRASH_FOLDER).resolve(rel);
            Files.createDirectories(target.getParent());
            String name = target.getFileName().toString();
            for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
                target = target.resolveSibling(PostNames.stem(name) + "." + n + name.substring(PostNames.stem(name).length()));
            }
            return Files.move(abs, target);
        };
    }

    /**
     * Publishes a draft. Jekyll {@code _drafts/x.md} moves to {@code _posts/DATE-x.md} with its date set to
     * {@code now} (in the date style the post or blog uses); elsewhere {@code draft: true} becomes false and
     * {@code published: false} becomes true, in place; in Hugo's TOML or JSON front matter only the draft value's
     * text changes ({@link #draftOffInText}). Only those front matter lines change. Returns the
     * post's path afterwards.
     *
     * @throws IllegalStateException when the post is not a draft, or its front matter cannot be edited
     */
    public static Path publish(Site site, Path file, ZonedDateTime now, FrontMatterSchema schema) throws IOException {
        PostFile pf = PostFile.open(file);
        Post post = pf.post();
        FrontMatter fm = post.frontMatter();
        Path root = site.root();
        Path abs = file.toAbsolutePath().normalize();
        boolean inDrafts = site.shape() == SiteShape.JEKYLL && abs.getParent() != null
                && abs.getParent().getFileName() != null && abs.getParent().getFileName().toString().equals("_drafts");
        boolean flagged = fm.draft().orElse(false) || !fm.published().orElse(true);
        if (!inDrafts && !flagged) {
            throw new IllegalStateException(file.getFileName() + " is not a draft");
        }
        if (!inDrafts && fm.draft().orElse(false) && !fm.has("published")
                && (fm.kind() == FrontMatter.Kind.TOML || fm.kind() == FrontMatter.Kind.JSON)) {
            Optional<String> published = draftOffInText(post);
            if (published.isPresent()) {
                pf.save(published.get());
                return file;
            }
        }
        if (!fm.editable() && (flagged || fm.kind() != FrontMatter.Kind.NONE)) {
            throw new IllegalStateException("the front matter of " + file.getFileName() + " cannot be edited: "
                    + fm.problem().map(Object::toString).orElse("unsupported format"));
        }
        if (fm.draft().isPresent()) {
            fm = fm.withDraft(false);
        }
        if (fm.published().isPresent()) {
            fm = fm.set("published", true);
        }
        if (!inDrafts) {
            pf.save(post.withFrontMatter(fm).text());
            return file;
        }
        ZonedDateTime when = now.truncatedTo(ChronoUnit.SECONDS);
        DateStyle style = fm.date().map(PostDate::style).filter(s -> !s.dateOnly())
                .orElse(schema != null ? schema.dateStyle() : DateStyle.JEKYLL);
        fm = fm.withDate(PostDate.of(when.toOffsetDateTime(), style));
        String name = file.getFileName().toString();
        String stem = PostNames.parseJekyll(name).map(PostNames.JekyllName::slug).orElse(PostNames.stem(name));
        String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : ".md";
        Path posts = postsFolder(site, false);
        Files.createDirectories(posts);
        Path target = posts.resolve(when.toLocalDate() + "-" + stem + ext);
        PostFile.createNew(target, post.withFrontMatter(fm).text());
        Files.delete(file);
        return target;
    }

    private static final Pattern TOML_DRAFT = Pattern.compile("(?m)^[ \\t]*draft[ \\t]*=[ \\t]*(true)[ \\t]*(#.*)?$");
    private static final Pattern JSON_DRAFT = Pattern.compile("\"draft\"\\s*:\\s*(true)");

    /**
     * Hugo's TOML or JSON front matter, which Quire does not rewrite: the {@code draft = true} (or
     * {@code "draft": true}) text becomes {@code false} in place, and the result must read back with draft off and
     * every other value unchanged (so a {@code draft} inside a table or nested object is never the one changed).
     * Empty when no such text does that.
     */
    static Optional<String> draftOffInText(Post post) {
        FrontMatter fm = post.frontMatter();
        String block = post.frontMatterBlock();
        Map<String, Object> expected = new LinkedHashMap<>(fm.values());
        expected.put("draft", false);
        Matcher m = (fm.kind() == FrontMatter.Kind.TOML ? TOML_DRAFT : JSON_DRAFT).matcher(block);
        while (m.find()) {
            String edited = block.substring(0, m.start(1)) + "false" + block.substring(m.end(1));
            FrontMatter read = Post.parse(edited + post.body()).frontMatter();
            if (read.kind() == fm.kind() && read.problem().isEmpty() && read.values().equals(expected)) {
                return Optional.of(edited + post.body());
            }
        }
        return Optional.empty();
    }
}
