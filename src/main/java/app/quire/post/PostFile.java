package app.quire.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

/**
 * A post file on disk as it was read: its text (BOM removed), whether it had a BOM, and its stamp, so a save
 * can refuse to overwrite a file that changed on disk since.
 * SKELETON: the post/ work hardens it (fsync, permissions, encodings, stamp by content); keep these signatures.
 */
public final class PostFile {
    private static final String BOM = "\uFEFF";

    private final Path path;
    private String text;
    private final boolean bom;
    private FileTime stamp;

    private PostFile(Path path, String text, boolean bom, FileTime stamp) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        this.stamp = stamp;
    }

    public static PostFile open(Path path) throws IOException {
        String raw = Files.readString(path, StandardCharsets.UTF_8);
        boolean bom = raw.startsWith(BOM);
        return new PostFile(path, bom ? raw.substring(1) : raw, bom, Files.getLastModifiedTime(path));
    }

    public Path path() {
        return path;
    }

    /** The text as last read or saved, without BOM. */
    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    /** True when the file on disk is no longer the one this was read from. */
    public boolean changedOnDisk() throws IOException {
        return !Files.exists(path) || !Files.getLastModifiedTime(path).equals(stamp);
    }

    /** Atomically replaces the file with this text; refuses when the file changed on disk since it was read. */
    public void save(String newText) throws IOException {
        if (changedOnDisk()) {
            throw new FileChangedOnDiskException(path);
        }
        saveOverwriting(newText);
    }

    /** Atomically replaces the file with this text, whatever happened on disk. */
    public void saveOverwriting(String newText) throws IOException {
        Path tmp = Files.createTempFile(path.toAbsolutePath().getParent(), ".quire-", ".tmp");
        Files.writeString(tmp, bom ? BOM + newText : newText, StandardCharsets.UTF_8);
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        text = newText;
        stamp = Files.getLastModifiedTime(path);
    }

    /** Writes the text to a new path (Save As) and returns the file now open there. */
    public static PostFile create(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return open(path);
    }
}
