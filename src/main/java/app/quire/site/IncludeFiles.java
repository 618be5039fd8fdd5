package app.quire.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files {@code {% include name %}} may read: regular files inside the site's {@code _includes/} folder, as
 * Jekyll's safe mode allows. A name with {@code ..}, an absolute path, a backslash, a control character, a
 * symbolic link anywhere on the way or a file over {@link #MAX_BYTES} is refused with a sentence saying why.
 */
final class IncludeFiles {
    static final String FOLDER = "_includes";
    /** Larger include files are refused: an include is a snippet, and it is read again for every page using it. */
    static final long MAX_BYTES = 1 << 20;

    private final Path folder;
    /** Where the walk for symbolic links stops: the site folder. */
    private final Path root;
    /** How messages name the folder. */
    private final String where;

    /** The site's {@code _includes/} folder ({@code include}). */
    IncludeFiles(Path siteRoot) {
        this(siteRoot, siteRoot.toAbsolutePath().normalize().resolve(FOLDER), FOLDER + "/");
    }

    private IncludeFiles(Path siteRoot, Path folder, String where) {
        this.root = siteRoot.toAbsolutePath().normalize();
        this.folder = folder.toAbsolutePath().normalize();
        this.where = where;
    }

    /** A post's own folder ({@code include_relative}), inside the site folder. */
    static IncludeFiles besides(Path siteRoot, Path postFile) {
        Path dir = postFile.toAbsolutePath().normalize().getParent();
        return new IncludeFiles(siteRoot, dir == null ? siteRoot : dir, "the post's folder");
    }

    /** The file's text, or a problem that says why it cannot be included. */
    sealed interface Found permits Text, Refused {
    }

    record Text(Path file, String text) implements Found {
    }

    record Refused(String why) implements Found {
    }

    Found read(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return new Refused("include needs a file name");
        }
        if (n.startsWith("/") || n.contains("\\") || n.chars().anyMatch(c -> c < 0x20)
                || List.of(n.split("/")).contains("..")) {
            return new Refused("include '" + n + "' is refused: only files inside " + where + " can be included");
        }
        Path file;
        try {
            file = folder.resolve(n).normalize();
        } catch (InvalidPathException e) {
            return new Refused("include '" + n + "' is not a valid file name");
        }
        if (!file.startsWith(folder) || file.equals(folder) || !file.startsWith(root)) {
            return new Refused("include '" + n + "' is refused: only files inside " + where + " can be included");
        }
        for (Path p = file; p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return new Refused("include '" + n + "' is refused: it goes through a symbolic link");
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Refused("include file '" + n + "' not found in " + where);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Refused("include file '" + n + "' is over 1 MB");
            }
            return new Text(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Refused("include file '" + n + "' could not be read: " + e.getMessage());
        }
    }

    /** Names and contents of every include file, for the key of the pages that use Liquid ("" without any). */
    String key() {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) <= MAX_BYTES) {
                    parts.add(folder.relativize(f).toString());
                    parts.add(InputKey.of(Files.readAllBytes(f)));
                }
            }
        } catch (IOException | RuntimeException e) {
            parts.add("unreadable:" + e.getMessage());
        }
        return InputKey.of(parts.toArray(new String[0]));
    }
}
