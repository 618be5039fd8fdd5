package app.quire.safety;

import app.quire.post.PostFile;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Unsaved text of open posts, one file per document in a recovery folder (normally {@link QuireDirs#recovery()}),
 * each written atomically. Never touches the post files themselves. After a crash, {@link #pending()} lists what
 * can be restored with a line diff against the file on disk. Entries go away with {@link #discard} (the post was
 * saved, or the user threw the change away). Thread-safe.
 */
public final class RecoveryStore {
    private static final System.Logger LOG = System.getLogger(RecoveryStore.class.getName());
    private static final String MAGIC = "quire-recovery 1";
    private static final String SUFFIX = ".recovery";

    /** How the post file on disk relates to the recovered text's base. */
    public enum DiskState {
        /** Never saved: nothing on disk to compare with. */
        UNTITLED,
        /** The file is as it was when the post was opened: restoring is safe. */
        UNCHANGED_SINCE_OPEN,
        /** Someone changed the file after Quire opened it: the UI should show the diff before restoring. */
        CHANGED_SINCE_OPEN,
        /** The file is gone (deleted or moved). */
        MISSING,
        /** The file exists but cannot be read (see the log). */
        UNREADABLE
    }

    /** A recoverable document: its text, where it belongs and how it differs from the file on disk now. */
    public record Recoverable(String docId, Optional<Path> original, Optional<String> baseHash, Instant savedAt,
            String text, DiskState diskState, LineDiff.Result diffFromDisk) {
        /** e.g. "+3 −1 lines in 2 places" against the file on disk (or against nothing when untitled/missing). */
        public String summary() {
            return diffFromDisk.summary();
        }
    }

    private record Meta(Path original, String baseHash) {
    }

    private final Path root;
    private final Clock clock;
    private final Map<String, Meta> tracked = new HashMap<>();

    public RecoveryStore(Path root) {
        this(root, Clock.systemUTC());
    }

    public RecoveryStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /** The document id of a post file: its absolute normalised path. */
    public static String idFor(Path file) {
        return "file:" + file.toAbsolutePath().normalize();
    }

    /** A fresh id for a post that has no file yet. */
    public static String untitledId() {
        return "untitled:" + UUID.randomUUID();
    }

    /**
     * Remembers which file (null for untitled) and which base content hash ({@link PostFile#contentHash()}, null
     * for untitled) a document belongs to, so {@link #write(String, String)} can be used as an autosave sink.
     */
    public synchronized void track(String docId, Path original, String baseHash) {
        tracked.put(docId, new Meta(original, baseHash));
    }

    /** Writes the unsaved text of a tracked document (untracked ones are stored as untitled). */
    public void write(String docId, String text) throws IOException {
        Meta m;
        synchronized (this) {
            m = tracked.getOrDefault(docId, new Meta(null, null));
        }
        write(docId, m.original, m.baseHash, text);
    }

    /** Writes (atomically replaces) the recovery entry of a document. */
    public void write(String docId, Path original, String baseHash, String text) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("id", docId);
        header.put("path", original == null ? "" : original.toAbsolutePath().normalize().toString());
        header.put("base", baseHash == null ? "" : baseHash);
        header.put("saved", Instant.now(clock).toString());
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        header.put("bytes", Integer.toString(body.length));
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        header.forEach((k, v) -> sb.append(k).append('=').append(escape(v)).append('\n'));
        sb.append('\n');
        byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        synchronized (this) {
            SafeFiles.writeAtomically(fileOf(docId), all);
        }
    }

    /** Removes a document's entry (after a save, or when the user discards the change). */
    public synchronized void discard(String docId) throws IOException {
        Files.deleteIfExists(fileOf(docId));
        tracked.remove(docId);
    }

    /** The entry of one document, if there is one (compared with its file on disk). */
    public Optional<Recoverable> find(String docId) {
        Path f = fileOf(docId);
        return Files.exists(f) ? read(f) : Optional.empty();
    }

    /** The text to restore; the entry stays until the restored post is saved or discarded. */
    public String restore(String docId) throws IOException {
        return find(docId).map(Recoverable::text)
                .orElseThrow(() -> new IOException("nothing to recover for " + docId));
    }

    /**
     * Everything recoverable, newest first. Entries whose text equals the file on disk hold nothing to recover
     * and are removed; unreadable entry files are skipped and kept (logged).
     */
    public List<Recoverable> pending() {
        List<Recoverable> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*" + SUFFIX)) {
            for (Path f : files) {
                Optional<Recoverable> r = read(f);
                if (r.isEmpty()) {
                    continue;
                }
                Recoverable rec = r.get();
                if (rec.diskState != DiskState.UNTITLED && rec.diskState != DiskState.MISSING
                        && rec.diskState != DiskState.UNREADABLE && rec.diffFromDisk.identical()) {
                    Files.deleteIfExists(f);
                    continue;
                }
                out.add(rec);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list recovery folder {0}: {1}", root, e.getMessage());
        }
        out.sort(Comparator.comparing(Recoverable::savedAt).reversed());
        return out;
    }

    private Optional<Recoverable> read(Path f) {
        try {
            byte[] all = Files.readAllBytes(f);
            String s = new String(all, StandardCharsets.UTF_8);
            int end = s.indexOf("\n\n");
            if (!s.startsWith(MAGIC + "\n") || end < 0) {
                LOG.log(Level.WARNING, "skipping {0}: not a Quire recovery file", f);
                return Optional.empty();
            }
            Map<String, String> h = new HashMap<>();
            for (String line : s.substring(MAGIC.length() + 1, end).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    h.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
                }
            }
            int headBytes = s.substring(0, end + 2).getBytes(StandardCharsets.UTF_8).length;
            int bodyBytes = all.length - headBytes;
            if (!String.valueOf(bodyBytes).equals(h.get("bytes"))) {
                LOG.log(Level.WARNING, "skipping {0}: text length {1} does not match its header", f, bodyBytes);
                return Optional.empty();
            }
            String text = new String(all, headBytes, bodyBytes, StandardCharsets.UTF_8);
            Path original = h.getOrDefault("path", "").isEmpty() ? null : Path.of(h.get("path"));
            String base = h.getOrDefault("base", "").isEmpty() ? null : h.get("base");
            DiskState state;
            String disk = "";
            if (original == null) {
                state = DiskState.UNTITLED;
            } else if (!Files.exists(original)) {
                state = DiskState.MISSING;
            } else {
                try {
                    PostFile pf = PostFile.open(original, PostFile.Decoding.DETECT);
                    disk = pf.text();
                    state = pf.contentHash().equals(base) ? DiskState.UNCHANGED_SINCE_OPEN
                            : DiskState.CHANGED_SINCE_OPEN;
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot read {0} to compare with its recovered text: {1}", original,
                            e.getMessage());
                    state = DiskState.UNREADABLE;
                }
            }
            return Optional.of(new Recoverable(h.getOrDefault("id", f.getFileName().toString()),
                    Optional.ofNullable(original), Optional.ofNullable(base), Instant.parse(h.get("saved")), text,
                    state, LineDiff.diff(disk, text)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "skipping unreadable recovery file {0}: {1}", f, e.toString());
            return Optional.empty();
        }
    }

    private Path fileOf(String docId) {
        return root.resolve(SafeFiles.sha256(docId).substring(0, 32) + SUFFIX);
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
