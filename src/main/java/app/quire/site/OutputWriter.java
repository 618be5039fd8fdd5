package app.quire.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files strictly inside OUT: relative '/'-paths only, no {@code ..}, never through or onto a symbolic
 * link (folders are created one level at a time and each is checked). Thread-safe.
 */
final class OutputWriter {
    private static final java.util.Set<java.nio.file.OpenOption> WRITE_NEW = java.util.Set.of(
            StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    private final Path out;
    /** Folders under OUT already checked (real folders, not links) by this export: each is checked once. */
    private final java.util.Set<Path> checked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    OutputWriter(Path out) throws IOException {
        Files.createDirectories(out);
        this.out = out.toRealPath();
    }

    Path root() {
        return out;
    }

    /** The file for a relative output path; throws when the path is not a plain path inside OUT. */
    Path resolve(String rel) throws IOException {
        if (rel.isEmpty() || rel.startsWith("/") || rel.indexOf('\\') >= 0 || rel.indexOf('\0') >= 0) {
            throw new IOException("refusing output path '" + rel + "'");
        }
        for (String seg : rel.split("/")) {
            if (seg.isEmpty() || seg.equals("..") || seg.equals(".")) {
                throw new IOException("refusing output path '" + rel + "'");
            }
        }
        Path target = out.resolve(rel).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            throw new IOException("refusing output path '" + rel + "' outside the output folder");
        }
        return target;
    }

    void write(String rel, byte[] data) throws IOException {
        Path target = resolve(rel);
        checkFolders(target.getParent(), true);
        // O_NOFOLLOW refuses a link and a folder cannot be opened for writing: the checks of prepare() run only
        // when the open fails, to say why (two lstat calls fewer per file; decision 0157)
        FileChannel channel;
        try {
            channel = FileChannel.open(target, WRITE_NEW);
        } catch (IOException e) {
            prepare(rel);
            throw e;
        }
        try (channel) {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                channel.write(buffer); // one write call for the whole file (Files.write writes 8 KB at a time)
            }
        }
    }

    void copy(Path source, String rel) throws IOException {
        Path target = prepare(rel);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        readableByAll(target);
    }

    /**
     * A copied file keeps its source's permissions; one only its owner could read (an image saved 0600 by
     * another program) would be unreadable to the web server the site is uploaded to. Group and others may read.
     */
    private static void readableByAll(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: nothing to widen
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (perms.add(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                | perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
            Files.setPosixFilePermissions(file, perms);
        }
    }

    /** Deletes a file Quire made earlier, then any folders left empty (never OUT itself). */
    boolean delete(String rel) throws IOException {
        Path target = resolve(rel);
        checkFolders(target.getParent(), false);
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.delete(target);
        for (Path dir = target.getParent(); dir != null && !dir.equals(out); dir = dir.getParent()) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(dir);
            checked.remove(dir);
        }
        return true;
    }

    boolean exists(String rel) throws IOException {
        return Files.isRegularFile(resolve(rel), LinkOption.NOFOLLOW_LINKS);
    }

    private Path prepare(String rel) throws IOException {
        Path target = resolve(rel);
        checkFolders(target.getParent(), true);
        if (Files.isSymbolicLink(target)) {
            throw new IOException("refusing to write through symbolic link " + rel);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("a folder is in the way of " + rel);
        }
        return target;
    }

    /**
     * Creates a folder; true when this call made it (then it is a real folder), false when something is already
     * there (a folder, a file or a link: the caller checks which). Saves two lstat calls per new folder.
     */
    private static boolean makeFolder(Path dir) throws IOException {
        try {
            Files.createDirectory(dir);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    private void checkFolders(Path dir, boolean create) throws IOException {
        if (dir.equals(out) || checked.contains(dir)) {
            return;
        }
        Path current = out;
        for (Path name : out.relativize(dir)) {
            current = current.resolve(name.toString());
            if (checked.contains(current)) {
                continue;
            }
            if (create && makeFolder(current)) {
                checked.add(current); // made just now by this call: a real, empty folder
                continue;
            }
            if (Files.isSymbolicLink(current)) {
                throw new IOException("refusing to write through symbolic link " + out.relativize(current));
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                if (!create) {
                    return;
                }
                try {
                    Files.createDirectory(current);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException("a file is in the way of folder " + out.relativize(current), e);
                    }
                }
            }
            checked.add(current);
        }
    }
}
