package app.quire.post;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
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
import java.time.Duration;
import java.util.Optional;
import java.util.Arrays;
import java.util.Set;

/**
 * A post file on disk as it was read: its text (BOM removed), its charset and whether it had a BOM, and its stamp
 * (size, mtime and SHA-256 of the bytes), so a save can refuse to overwrite a file that changed on disk since.
 * {@link #open(Path)} reads UTF-8 only (the CLI reports other encodings, docs/decisions/0011);
 * {@link #open(Path, Decoding)} with {@link Decoding#DETECT} (the editor) also opens UTF-16 with a BOM,
 * windows-1252 and ISO-8859-1 text with a {@link #warning()} and saves it back in that charset
 * (docs/decisions/0090). Binary files and files over {@link #MAX_BYTES} are refused with a plain message.
 * Saves are atomic: temp file in the same folder, fsync, atomic rename, original POSIX permissions kept;
 * read-only files are never replaced. Stale temp files of killed saves are removed on open.
 */
public final class PostFile {
    private static final System.Logger LOG = System.getLogger(PostFile.class.getName());
    private static final String BOM = "\uFEFF";
    /** Largest post Quire opens (50 MiB); a bigger file is refused with a message. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Temp files of a save end with this; stale ones (older than a minute) are removed when a post is opened. */
    public static final String TEMP_SUFFIX = ".quire-tmp";
    static final Duration STALE_TEMP_AGE = Duration.ofMinutes(1);
    private static final int SNIFF_BYTES = 8192;

    /** How {@link #open(Path, Decoding)} decodes bytes. */
    public enum Decoding {
        /** Valid UTF-8 (optionally with BOM) or a clear failure. */
        UTF8_ONLY,
        /** UTF-8, else UTF-16 with a BOM, else windows-1252, else ISO-8859-1; non-UTF-8 sets {@link #warning()}. */
        DETECT
    }

    /** Writes the temp file's bytes; a seam so tests can simulate a full disk or an I/O error mid-write. */
    interface TempWriter {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    static volatile TempWriter tempWriter = (ch, buf) -> {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    };

    private final Path path;
    private String text;
    private final boolean bom;
    private Charset charset;
    private String warning;
    private volatile boolean readOnly;
    private volatile Stamp stamp;

    /** What the file on disk looked like when last read or written. */
    private record Stamp(long size, FileTime modified, byte[] sha256) {
    }

    private PostFile(Path path, String text, boolean bom, Charset charset, String warning, boolean readOnly,
            Stamp stamp) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        this.charset = charset;
        this.warning = warning;
        this.readOnly = readOnly;
        this.stamp = stamp;
    }

    /** Reads a post file as UTF-8. Fails with a readable message when it is missing, unreadable or not UTF-8. */
    public static PostFile open(Path path) throws IOException {
        return open(path, Decoding.UTF8_ONLY);
    }

    /**
     * Reads a post file. Fails with a readable message when it is missing, unreadable, a folder, binary, larger
     * than {@link #MAX_BYTES} or (with {@link Decoding#UTF8_ONLY}) not UTF-8.
     */
    public static PostFile open(Path path, Decoding decoding) throws IOException {
        byte[] bytes;
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new IOException(path + " is a folder, not a post file");
            }
            if (!attrs.isRegularFile()) {
                // /dev/zero read forever (out of memory) and a named pipe blocked forever
                throw new IOException(path + " is not a regular file (a device, pipe or socket), not a post file");
            }
            if (attrs.size() > MAX_BYTES) {
                // in bytes: a file just over the limit would read "50 MB; ... up to 50 MB" in rounded megabytes
                throw new IOException(path + " is too large to open (" + attrs.size()
                        + " bytes; Quire opens posts up to " + MAX_BYTES + " bytes, " + (MAX_BYTES >> 20) + " MB)");
            }
            try (java.io.InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // a file still growing stops at the limit
            }
            if (bytes.length > MAX_BYTES) {
                throw new IOException(path + " is too large to open (it grew past " + MAX_BYTES
                        + " bytes while being read; Quire opens posts up to " + (MAX_BYTES >> 20) + " MB)");
            }
        } catch (NoSuchFileException e) {
            throw new IOException(path + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException(path + " cannot be read (permission denied)", e);
        }
        removeStaleTemps(path);
        Decoded d = decode(path, bytes, decoding);
        boolean readOnly = isReadOnly(path);
        return new PostFile(path, d.text, d.bom, d.charset, d.warning, readOnly,
                new Stamp(bytes.length, attrs.lastModifiedTime(), sha256(bytes)));
    }

    /**
     * Whether the file on disk is now read-only (its permissions changed since it was read): the flag follows.
     * Returns true when the flag changed. A file that is gone keeps its flag. One or two stats: off the FX thread.
     */
    public boolean recheckReadOnly() {
        if (!Files.exists(path)) {
            return false;
        }
        boolean now = isReadOnly(path);
        if (now == readOnly) {
            return false;
        }
        readOnly = now;
        return true;
    }

    /** Not writable by this user, or (POSIX) no write permission bit at all, which even root respects here. */
    public static boolean isReadOnly(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private record Decoded(String text, boolean bom, Charset charset, String warning) {
    }

    private static Decoded decode(Path path, byte[] bytes, Decoding decoding) throws IOException {
        if (decoding == Decoding.DETECT && bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            Charset utf16 = b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE
                    : b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE : null;
            if (utf16 != null) {
                String t = strictDecode(utf16, bytes, 2);
                if (t != null) {
                    return new Decoded(t, true, utf16, path.getFileName() + " is " + utf16.name()
                            + " text, not UTF-8; Quire saves it back as " + utf16.name());
                }
            }
        }
        if (decoding == Decoding.UTF8_ONLY && bytes.length >= 2
                && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                    || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            // UTF-16 text is full of NUL bytes: say what it is rather than calling it binary
            throw new IOException(path + " is UTF-16 text (it starts with a UTF-16 byte order mark); Quire reads "
                    + "UTF-8 only here. Convert it first, e.g. iconv -f UTF-16 -t UTF-8.");
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            throw new IOException(path + " looks like a binary file, not a text post (" + binary + ")");
        }
        String utf8 = strictDecode(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            boolean bom = utf8.startsWith(BOM);
            return new Decoded(bom ? utf8.substring(1) : utf8, bom, StandardCharsets.UTF_8, null);
        }
        int offset = firstBadByte(bytes);
        String where = "byte 0x" + String.format("%02X", bytes[offset] & 0xff) + " at offset " + offset;
        if (decoding == Decoding.UTF8_ONLY) {
            throw new IOException(path + " is not valid UTF-8 (" + where
                    + "); Quire reads UTF-8 only. Convert it first, e.g. iconv -f windows-1252 -t utf-8.");
        }
        Charset legacy = Charset.forName("windows-1252");
        String t = strictDecode(legacy, bytes, 0);
        if (t == null) {
            legacy = StandardCharsets.ISO_8859_1;
            t = new String(bytes, legacy);
        }
        return new Decoded(t, false, legacy, path.getFileName() + " is not UTF-8 (" + where + "); opened as "
                + legacy.name() + " and saved back as " + legacy.name() + " unless converted to UTF-8");
    }

    /** Why the first 8 KB look binary (a NUL byte, or over 10% control characters), or null for text. */
    static String binaryReason(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "NUL byte at offset " + i;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                control++;
            }
        }
        if (n > 0 && control * 10 > n) {
            return control + " control characters in the first " + n + " bytes";
        }
        return null;
    }

    private static String strictDecode(Charset cs, byte[] bytes, int from) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
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

    /**
     * Deletes temp files left by killed saves ({@code .*.quire-tmp}, older than a minute) in the post's folder.
     * Best effort: failures are logged. Returns how many were removed.
     */
    public static int removeStaleTemps(Path post) {
        Path dir = post.toAbsolutePath().getParent();
        if (dir == null) {
            return 0;
        }
        int removed = 0;
        long cutoff = System.currentTimeMillis() - STALE_TEMP_AGE.toMillis();
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
            for (Path tmp : temps) {
                try {
                    if (Files.isRegularFile(tmp, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(tmp, LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff
                            && Files.deleteIfExists(tmp)) {
                        removed++;
                    }
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not remove stale temp file {0}: {1}", tmp, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "could not scan {0} for stale temp files: {1}", dir, e.getMessage());
        }
        if (removed > 0) {
            LOG.log(Level.INFO, "removed {0} stale temp file(s) in {1}", removed, dir);
        }
        return removed;
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

    /** The charset the file is read and saved in (UTF-8 unless {@link Decoding#DETECT} found another). */
    public Charset charset() {
        return charset;
    }

    /** Why this file needs the user's attention (not UTF-8), if it does. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** True when the file was not writable when opened; {@link #save} then refuses. */
    public boolean readOnly() {
        return readOnly;
    }

    /** SHA-256 (hex) of the bytes last read or written; lets a file watcher recognise Quire's own saves. */
    public String contentHash() {
        return hex(stamp.sha256());
    }

    /** From now on save as UTF-8 (same BOM choice as UTF-8 files: none unless it had one); clears the warning. */
    public void convertToUtf8() {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            charset = StandardCharsets.UTF_8;
            warning = null;
        }
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

    /**
     * Atomically replaces the file with this text, whatever happened on disk. Keeps the charset and BOM.
     * Refuses a read-only file, and text the file's charset cannot hold (convert to UTF-8 first).
     */
    public void saveOverwriting(String newText) throws IOException {
        if (Files.exists(path) && isReadOnly(path)) {
            throw new IOException(path + " is read-only; use Save As to keep your changes in another file");
        }
        byte[] bytes = encode(path, newText, charset, bom);
        Path target = Files.isSymbolicLink(path) ? path.toRealPath() : path;
        writeAtomically(target, bytes, false);
        text = newText;
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        stamp = new Stamp(bytes.length, attrs.lastModifiedTime(), sha256(bytes));
    }

    private static byte[] encode(Path path, String text, Charset cs, boolean bom) throws IOException {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return (bom ? BOM + text : text).getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder enc = cs.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer body;
        try {
            body = enc.encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            int at = firstUnmappable(text, cs);
            throw new IOException("cannot save " + path + " as " + cs.name() + ": the character '"
                    + new String(Character.toChars(text.codePointAt(at))) + "' at offset " + at
                    + " does not exist in " + cs.name() + "; convert the file to UTF-8 to keep it", e);
        }
        byte[] prefix = !bom ? new byte[0]
                : cs.equals(StandardCharsets.UTF_16BE) ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                : cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0];
        byte[] out = new byte[prefix.length + body.remaining()];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        body.get(out, prefix.length, body.remaining());
        return out;
    }

    private static int firstUnmappable(String text, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (!enc.canEncode(new String(Character.toChars(text.codePointAt(i))))) {
                return i;
            }
        }
        return 0;
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
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", TEMP_SUFFIX);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot save " + target + ": folder " + dir + " is not writable", e);
        } catch (IOException e) {
            // e.g. /proc or a read-only mount: the JDK names only the temp file, which the writer never asked for
            throw new IOException("cannot save " + target + ": no file can be created in folder " + dir + " ("
                    + (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e)
                            .getReason() != null ? ((java.nio.file.FileSystemException) e).getReason()
                            : e.getClass().getSimpleName()) + ")", e);
        }
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                tempWriter.write(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            } catch (IOException e) {
                throw new IOException("cannot save " + target + ": " + plainReason(e)
                        + "; the file on disk was not changed", e);
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

    private static String plainReason(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("Disk quota")) {
            return "the disk is full";
        }
        return e instanceof AccessDeniedException ? "permission denied" : "writing failed (" + m + ")";
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

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
