package app.quire.media;

import app.quire.post.Post;
import app.quire.post.PostFile;
import app.quire.post.PostLinks;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The images of a blog folder and which posts use them (Markdown, HTML, reference definitions, hero images). */
public final class MediaLibrary {
    private static final System.Logger LOG = System.getLogger(MediaLibrary.class.getName());

    /** One image file, its size in bytes and the posts referring to it (empty: unused). */
    public record Item(Path file, long bytes, List<Path> usedBy) {
        public boolean unused() {
            return usedBy.isEmpty();
        }
    }

    /** A post's reference to a local image that does not exist. */
    public record Missing(Path post, String src) {
    }

    /** The scan result: images sorted by path, and missing references. */
    public record Index(Path root, List<Item> images, List<Missing> missing) {
        public List<Item> unused() {
            return images.stream().filter(Item::unused).collect(Collectors.toList());
        }
    }

    private MediaLibrary() {
    }

    /** Walks the blog folder (hidden folders, {@code _site}, {@code public}, {@code node_modules} skipped). */
    public static Index scan(Path siteRoot) throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        List<Path> images = new ArrayList<>();
        List<Path> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(f -> !skipped(root.relativize(f))).forEach(f -> {
                String n = f.getFileName().toString();
                String lower = n.toLowerCase(Locale.ROOT);
                if (ImageFormat.hasImageExtension(n)) {
                    images.add(f);
                } else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                    posts.add(f);
                }
            });
        }
        Map<Path, Set<Path>> users = new HashMap<>();
        List<Missing> missing = new ArrayList<>();
        posts.sort(Comparator.naturalOrder());
        for (Path post : posts) {
            Post p;
            try {
                p = PostFile.open(post).post();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "media scan skips an unreadable post: " + post, e);
                continue;
            }
            List<String> srcs = new ArrayList<>();
            p.heroImage().ifPresent(srcs::add);
            for (PostLinks.Ref ref : PostLinks.scan(p.body())) {
                if (ref.type() == PostLinks.Type.IMAGE || ref.type() == PostLinks.Type.DEFINITION
                        && ImageFormat.hasImageExtension(ref.target().replaceFirst("[?#].*$", ""))) {
                    srcs.add(ref.target());
                }
            }
            for (String src : srcs) {
                LocalImages.resolve(src, root, post.getParent()).ifPresent(file -> {
                    if (Files.isRegularFile(file)) {
                        users.computeIfAbsent(file, k -> new LinkedHashSet<>()).add(post);
                    } else {
                        missing.add(new Missing(post, src));
                    }
                });
            }
        }
        images.sort(Comparator.naturalOrder());
        List<Item> items = new ArrayList<>();
        for (Path img : images) {
            long size;
            try {
                size = Files.size(img);
            } catch (IOException e) {
                size = -1;
            }
            items.add(new Item(img, size, List.copyOf(users.getOrDefault(img, Set.of()))));
        }
        return new Index(root, List.copyOf(items), List.copyOf(missing));
    }

    private static boolean skipped(Path relative) {
        int n = relative.getNameCount();
        for (int i = 0; i < n - 1; i++) {
            String s = relative.getName(i).toString();
            if (s.startsWith(".") || s.equals("_site") || s.equals("node_modules") || s.equals("public")
                    || s.equals("resources") || s.equals("_quire")) {
                return true;
            }
        }
        return false;
    }
}
