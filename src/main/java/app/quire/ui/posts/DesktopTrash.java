package app.quire.ui.posts;

import app.quire.site.PostOperations;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Moves deleted posts to the system trash: on Windows and macOS through java.awt.Desktop, on Linux into the
 * freedesktop.org home trash ({@code ~/.local/share/Trash}, with its {@code .trashinfo} so file managers can
 * restore it) when that is on the same disk; otherwise into the blog's own {@code .quire-trash} folder (see
 * decision 0122). Blocking: call off the FX thread.
 */
public final class DesktopTrash implements PostOperations.Trash {
    /**
     * The trash spec's YYYY-MM-DDThh:mm:ss, seconds always written ({@code LocalDateTime.toString} drops ":00" at
     * a whole minute, which file managers then fail to read).
     */
    static final java.time.format.DateTimeFormatter DELETION_DATE =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", java.util.Locale.ROOT);

    private static final System.Logger LOG = System.getLogger(DesktopTrash.class.getName());
    private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    private final PostOperations.Trash fallback;
    private final Path homeTrash;

    public DesktopTrash(Path blogRoot) {
        this(blogRoot, defaultHomeTrash());
    }

    /** With an explicit freedesktop trash folder (tests), or null for none. */
    DesktopTrash(Path blogRoot, Path homeTrash) {
        this.fallback = PostOperations.folderTrash(blogRoot);
        this.homeTrash = homeTrash;
    }

    private static Path defaultHomeTrash() {
        if (!OS.contains("linux")) {
            return null;
        }
        String data = System.getenv("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() ? Path.of(data)
                : app.quire.safety.QuireDirs.home().resolve(".local").resolve("share");
        return base.resolve("Trash");
    }

    @Override
    public Path moveToTrash(Path file) throws IOException {
        if ((OS.contains("win") || OS.contains("mac")) && awtTrash(file)) {
            return null;
        }
        if (homeTrash != null) {
            try {
                return freedesktop(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.INFO, "Home trash not usable for " + file + "; using .quire-trash", e);
            }
        }
        return fallback.moveToTrash(file);
    }

    private static boolean awtTrash(Path file) {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH)
                    && Desktop.getDesktop().moveToTrash(file.toFile());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "System trash not available", e);
            return false;
        }
    }

    /** The freedesktop.org trash spec: files/NAME plus info/NAME.trashinfo; only on the same file store. */
    Path freedesktop(Path file) throws IOException {
        Path files = homeTrash.resolve("files");
        Path info = homeTrash.resolve("info");
        Files.createDirectories(files);
        Files.createDirectories(info);
        if (!Files.getFileStore(files).equals(Files.getFileStore(file))) {
            throw new IOException("trash is on another disk");
        }
        String name = file.getFileName().toString();
        String stem = app.quire.post.PostNames.stem(name);
        String ext = name.substring(stem.length());
        for (int n = 1; n < 10_000; n++) {
            String candidate = n == 1 ? name : stem + "." + n + ext;
            Path infoFile = info.resolve(candidate + ".trashinfo");
            try {
                Files.writeString(infoFile, "[Trash Info]\nPath=" + encode(file.toAbsolutePath().normalize())
                        + "\nDeletionDate=" + DELETION_DATE.format(LocalDateTime.now()) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                continue;
            }
            Path target = files.resolve(candidate);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                return Files.move(file, target);
            } catch (IOException e) {
                Files.deleteIfExists(infoFile);
                throw e;
            }
        }
        throw new IOException("no free name in " + files);
    }

    private static String encode(Path p) {
        StringBuilder sb = new StringBuilder();
        for (byte b : p.toString().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || Character.isLetterOrDigit(c) && c < 128) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
