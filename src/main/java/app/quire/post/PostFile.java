package app.quire.post;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Set;

/**
 * A post file on disk as it was read: its text (BOM removed), whether it had a BOM, and its stamp (size, mtime
 * and SHA-256 of the bytes), so a save can refuse to overwrite a file that changed on disk since.
 * Reads UTF-8 only: malformed UTF-8 fails with a clear message rather than being guessed (docs/decisions/0011).
 * Saves are atomic: temp file in the same folder, fsync, atomic rename, original POSIX permissions kept.
 */
public final class PostFile {
    private static final System.Logger LOG = System.getLogger(PostFile.class.getName());
    private static final String BOM = "\uFEFF";

    private final Path path;
    private String text;
    private final boolean bom;
    private Stamp stamp;

    /** What the file on disk looked like when last read or written. */
    private record Stamp(long size, FileTime modified, byte[] sha256) {
    }

    private PostFile(Path path, String text, boolean bom, Stamp stamp) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        this.stamp = stamp;
    }

    /** Reads a post file. Fails with a readable message when it is missing, unreadable or not UTF-8. */
    public static PostFile open(Path path) throws IOException {
        byte[] bytes;
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new IOException(path + " is a folder, not a post file");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException(path + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException(path + " cannot be read (permission denied)", e);
        }
        String raw = decodeUtf8(path, bytes);
        boolean bom = raw.startsWith(BOM);
        return new PostFile(path, bom ? raw.substring(1) : raw, bom,
                new Stamp(bytes.length, attrs.lastModifiedTime(), sha256(bytes)));
    }

    private static String decodeUtf8(Path path, byte[] bytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            throw new IOException(path + " is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[offset] & 0xff) + " at offset " + offset
                    + "); Quire reads UTF-8 only. Convert it first, e.g. iconv -f windows-1252 -t utf-8.", e);
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), Math.max(0, bytes.length - 1));
    }

    public Path path() {
        return path;
    }

    /** The text as last read or saved, without BOM. */
    public String text() {
        return text;
    }

    /** The text as a {@link Post}. */
    public Post post() {
        return Post.parse(text);
    }

    public boolean hasBom() {
        return bom;
    }

    /**
     * True when the file on disk is no longer the one this was read from: gone, or its size or mtime changed and
     * its content differs (a touch without change does not count).
     */
    public boolean changedOnDisk() throws IOException {
        if (!Files.exists(path)) {
            return true;
        }
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.size() == stamp.size() && attrs.lastModifiedTime().equals(stamp.modified())) {
            return false;
        }
        return attrs.size() != stamp.size() || !Arrays.equals(sha256(Files.readAllBytes(path)), stamp.sha256());
    }

    /** Atomically replaces the file with this text; refuses when the file changed on disk since it was read. */
    public void save(String newText) throws IOException {
        if (changedOnDisk()) {
            throw new FileChangedOnDiskException(path);
        }
        saveOverwriting(newText);
    }

    /** Atomically replaces the file with this text, whatever happened on disk. Keeps the BOM if it had one. */
    public void saveOverwriting(String newText) throws IOException {
        byte[] bytes = (bom ? BOM + newText : newText).getBytes(StandardCharsets.UTF_8);
        Path target = Files.isSymbolicLink(path) ? path.toRealPath() : path;
        writeAtomically(target, bytes, false);
        text = newText;
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        stamp = new Stamp(bytes.length, attrs.lastModifiedTime(), sha256(bytes));
    }

    /** Writes the text to a path (Save As; replaces a file there) and returns the file now open there. */
    public static PostFile create(Path path, String text) throws IOException {
        writeAtomically(path, text.getBytes(StandardCharsets.UTF_8), false);
        return open(path);
    }

    /** Writes the text to a new file; fails with {@link FileAlreadyExistsException} if one exists. */
    public static PostFile createNew(Path path, String text) throws IOException {
        writeAtomically(path, text.getBytes(StandardCharsets.UTF_8), true);
        return open(path);
    }

    private static void writeAtomically(Path target, byte[] bytes, boolean mustBeNew) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot save " + target + ": folder " + dir + " does not exist");
        }
        if (mustBeNew && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, target + " already exists");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".quire-tmp");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot save " + target + ": folder " + dir + " is not writable", e);
        }
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            copyPermissions(abs, tmp);
            if (mustBeNew) {
                // a hard link fails if the name was taken meanwhile: never overwrite a file that appeared
                try {
                    Files.createLink(abs, tmp);
                } catch (UnsupportedOperationException | IOException linkFailed) {
                    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                        throw new FileAlreadyExistsException(target.toString(), null, target + " already exists");
                    }
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
                    moved = true;
                }
            } else {
                try {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    LOG.log(Level.WARNING, "atomic rename not supported in {0}; replacing {1} non-atomically", dir, abs);
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
            }
            syncFolder(dir);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot save " + target + ": permission denied", e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void copyPermissions(Path original, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(original)
                ? Files.getPosixFilePermissions(original)
                : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        view.setPermissions(perms);
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "folder fsync not supported for {0}: {1}", dir, e.getMessage());
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
