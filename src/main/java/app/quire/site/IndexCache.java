package app.quire.site;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code OUT/.quire-index}: what {@link PostIndex} learnt from each source file in the last export (metadata,
 * URL, output path, excerpt, fingerprint, Liquid flag, problems), so that a repeat export stats the sources
 * instead of reading and parsing them. An entry is used only when the file's path, kind, size and modification
 * time (nanoseconds where the file system has them) are unchanged and the whole cache was made by the same
 * code for the same config, shape, timezone and options ({@link #context}). A missing, corrupt or foreign
 * cache is ignored (everything is read); it is never fatal. See docs/decisions/0150-index-cache-in-out.md.
 */
final class IndexCache {
    static final String FILE = ".quire-index";
    /** Bump when what the index derives from a file changes and the code identity would not show it. */
    // 3: a date keeps its own offset when it is not in the site zone (Hugo); 4: summaries show {{ site.x }};
    // 5: whether a body reads site.posts; 6: Hugo page URLs cleaned as Hugo cleans them, Hugo's publish and
    // expiry dates, aliases
    static final int VERSION = 7;
    private static final int MAGIC = 0x51494458; // "QIDX"
    /**
     * Files modified this close to (or after) the start of the run that read them are "racy": an edit within the
     * same time-stamp tick could keep size and time equal. They are stored but re-read next time.
     */
    private static final long RACY_NANOS = 3_000_000_000L;
    /** The logger, made on first use (starting System.Logger costs a cold export ~25 ms; decision 0219). */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(IndexCache.class.getName());

        private Log() {
        }
    }

    /** What one source file gave the index: an entry (null when the file was skipped) and its problems. */
    record Entry(String rel, PostEntry.Kind kind, boolean sourceDraft, long size, long mtime, boolean racy,
            Facts facts, List<Problem> problems) {
        boolean matches(SourceScanner.Source s, PostEntry.Kind k) {
            return !racy && kind == k && sourceDraft == s.draft() && size == s.size() && mtime == s.mtime();
        }
    }

    /**
     * The index's view of one file, without its body or front matter map.
     *
     * @param dated       the post has a date (front matter or file name), so it may count as future
     * @param unpublished {@code published: false} (boolean or text)
     * @param publishedFalse {@code published: false} as a YAML boolean (the rule for pages)
     */
    /**
     * @param publishAt a Hugo post's publish date, when it has one (the future check uses it instead of the date)
     * @param expiresAt a Hugo post's expiry date, or null
     * @param aliases the other URLs the post is reached at (Hugo's {@code aliases}, Jekyll's {@code redirect_from})
     * @param taxonomyTerms a Hugo post's terms in taxonomies other than categories and tags, by plural name
     */
    record Facts(PostEntry entry, boolean dated, boolean unpublished, boolean publishedFalse, Instant publishAt,
            Instant expiresAt, List<String> aliases, Map<String, List<String>> taxonomyTerms) {
    }

    private final Map<String, Entry> entries;

    private IndexCache(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static IndexCache empty() {
        return new IndexCache(new HashMap<>());
    }

    /** The usable entry for a source, or null when it must be read. */
    Entry lookup(SourceScanner.Source s, PostEntry.Kind kind) {
        Entry e = entries.get(s.rel());
        return e != null && e.matches(s, kind) ? e : null;
    }

    /** True when the cache holds this source with the same content (fingerprint), racy or not. */
    boolean sameContent(SourceScanner.Source s, PostEntry.Kind k, String fingerprint) {
        Entry e = entries.get(s.rel());
        return e != null && e.kind() == k && e.sourceDraft() == s.draft() && e.facts() != null
                && fingerprint.equals(e.facts().entry().hash());
    }

    int size() {
        return entries.size();
    }

    /**
     * What every entry depends on besides its own file: cache version, code identity (the jar or class folder
     * this class was loaded from: size and time), the config file's bytes, shape, timezone and options, and for a
     * Jekyll site the sizes and times of its {@code _data/} files (summaries can show their values).
     */
    static String context(Site site, boolean drafts) {
        // an InputKey, as the page keys are (decision 0152): SHA-256 started the JDK's security providers,
        // ~10 ms of a cold export's single-threaded start (decision 0216)
        InputKey d = new InputKey();
        d.add("v" + VERSION).add(codeIdentity()).add(site.shape().name()).add(site.config().timezone().getId())
                .add(site.configFile()).add(Boolean.toString(drafts));
        if (site.shape() == SiteShape.JEKYLL) {
            d.add(SiteData.stamp(site.root())); // summaries may show {{ site.data.x }}
        }
        d.add(site.configBytes()); // every config file (a Hugo config directory too: decision 0250)
        return d.value();
    }

    private static String codeIdentity() {
        try {
            Path code = Path.of(IndexCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                // a class folder (tests, development): its own time does not change when a class is rebuilt
                StringBuilder id = new StringBuilder(code.toString());
                try (var classes = Files.list(code.resolve("app/quire/site"))) {
                    for (Path c : (Iterable<Path>) classes.sorted()::iterator) {
                        id.append('\0').append(c.getFileName()).append(':')
                                .append(Files.getLastModifiedTime(c).toMillis());
                    }
                }
                return id.toString();
            }
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            return code + "\0" + a.size() + "\0" + a.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown code";
        }
    }

    /** Reads the cache in OUT; an empty cache when there is none, it is unreadable or made for another context. */
    static IndexCache read(Path out, String context) {
        Path file = out.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 16 || checksum(bytes, bytes.length - 8) != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
                Log.LOG.log(System.Logger.Level.INFO, "ignoring damaged index cache " + file);
                return empty();
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
            if (in.remaining() < 8 || in.getInt() != MAGIC || in.getInt() != VERSION || !context.equals(str(in))) {
                return empty();
            }
            String zoneId = str(in);
            ZoneId zone = ZoneId.of(zoneId);
            int n = in.getInt();
            Map<String, Entry> entries = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                Entry e = entry(in, zone);
                entries.put(e.rel(), e);
            }
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes");
            }
            return new IndexCache(entries);
        } catch (IOException | RuntimeException e) {
            Log.LOG.log(System.Logger.Level.INFO, "ignoring unreadable index cache " + file + ": " + e);
            return empty();
        }
    }

    /** Writes the cache atomically; a failure is logged (the next export reads everything), never thrown. */
    static void write(Path out, String context, ZoneId zone, Collection<Entry> entries) {
        Path file = out.resolve(FILE);
        Path tmp = out.resolve(FILE + ".tmp");
        try {
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort((a, b) -> a.rel().compareTo(b.rel()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, sorted.size() * 700));
            DataOutputStream o = new DataOutputStream(bytes);
            o.writeInt(MAGIC);
            o.writeInt(VERSION);
            str(o, context);
            str(o, zone.getId());
            o.writeInt(sorted.size());
            for (Entry e : sorted) {
                entry(o, e, zone);
            }
            o.flush();
            byte[] payload = bytes.toByteArray();
            o.writeLong(checksum(payload, payload.length));
            o.flush();
            Files.deleteIfExists(tmp);
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "cannot write index cache " + file + ": " + e);
        }
    }

    /** Removes the cache (when the index could not be made from it and nothing valid replaces it). */
    static void delete(Path out) {
        try {
            Files.deleteIfExists(out.resolve(FILE));
        } catch (IOException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "cannot remove index cache: " + e);
        }
    }

    /** Whether a file with this modification time, read in a run that started at {@code start}, is racy. */
    static boolean racy(long mtimeNanos, Instant start) {
        long startNanos = start.getEpochSecond() * 1_000_000_000L + start.getNano();
        return mtimeNanos >= startNanos - RACY_NANOS;
    }

    /** CRC-32C of the first {@code n} bytes: the last 8 bytes of the file, so that damage is noticed. */
    private static long checksum(byte[] bytes, int n) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes, 0, n);
        return c.getValue();
    }

    // ---- encoding: big-endian ints and longs, strings as length + UTF-8 (-1 for null)

    private static void entry(DataOutputStream o, Entry e, ZoneId zone) throws IOException {
        str(o, e.rel());
        o.writeByte(e.kind().ordinal());
        o.writeBoolean(e.sourceDraft());
        o.writeLong(e.size());
        o.writeLong(e.mtime());
        o.writeBoolean(e.racy());
        o.writeInt(e.problems().size());
        for (Problem p : e.problems()) {
            str(o, p.file());
            o.writeInt(p.line());
            o.writeInt(p.column());
            o.writeByte(p.severity().ordinal());
            str(o, p.message());
        }
        Facts f = e.facts();
        o.writeBoolean(f != null);
        if (f == null) {
            return;
        }
        o.writeBoolean(f.dated());
        o.writeBoolean(f.unpublished());
        o.writeBoolean(f.publishedFalse());
        instant(o, f.publishAt());
        instant(o, f.expiresAt());
        list(o, f.aliases());
        o.writeInt(f.taxonomyTerms().size());
        for (Map.Entry<String, List<String>> t : f.taxonomyTerms().entrySet()) {
            str(o, t.getKey());
            list(o, t.getValue());
        }
        PostEntry p = f.entry();
        str(o, p.title());
        date(o, p.date(), zone);
        date(o, p.lastModified(), zone);
        o.writeBoolean(p.draft());
        list(o, p.categories());
        list(o, p.tags());
        str(o, p.fileSlug());
        str(o, p.section());
        str(o, p.author());
        str(o, p.heroImage());
        str(o, p.excerpt());
        str(o, p.url());
        str(o, p.outputPath());
        str(o, p.hash());
        o.writeBoolean(p.liquid());
        o.writeBoolean(p.siteLists());
    }

    private static Entry entry(ByteBuffer in, ZoneId zone) throws IOException {
        String rel = str(in);
        PostEntry.Kind kind = PostEntry.Kind.values()[in.get()];
        boolean sourceDraft = bool(in);
        long size = in.getLong();
        long mtime = in.getLong();
        boolean racy = bool(in);
        int np = in.getInt();
        if (np < 0 || np > in.remaining()) {
            throw new IOException("bad problem count");
        }
        List<Problem> problems = new ArrayList<>(np);
        for (int i = 0; i < np; i++) {
            String file = str(in);
            int line = in.getInt();
            int col = in.getInt();
            Problem.Severity sev = Problem.Severity.values()[in.get()];
            problems.add(new Problem(file, line, col, sev, str(in)));
        }
        Facts facts = null;
        if (bool(in)) {
            boolean dated = bool(in);
            boolean unpublished = bool(in);
            boolean publishedFalse = bool(in);
            Instant publishAt = instant(in);
            Instant expiresAt = instant(in);
            List<String> aliases = list(in);
            int nt = in.getInt();
            if (nt < 0 || nt > in.remaining()) {
                throw new IOException("bad taxonomy count");
            }
            Map<String, List<String>> taxonomyTerms = new java.util.LinkedHashMap<>();
            for (int i = 0; i < nt; i++) {
                String plural = str(in);
                if (plural == null) {
                    throw new IOException("null taxonomy");
                }
                taxonomyTerms.put(plural, list(in));
            }
            String title = str(in);
            ZonedDateTime date = date(in, zone);
            ZonedDateTime lastModified = date(in, zone);
            boolean draft = bool(in);
            List<String> categories = list(in);
            List<String> tags = list(in);
            String fileSlug = str(in);
            String section = str(in);
            String author = str(in);
            String hero = str(in);
            String excerpt = str(in);
            String url = str(in);
            String outputPath = str(in);
            String hash = str(in);
            boolean liquid = bool(in);
            boolean siteLists = bool(in);
            Path file = null; // set by the index from the scanned source
            facts = new Facts(new PostEntry(rel, file, kind, title, date, lastModified, draft, categories, tags,
                    fileSlug, section, author, hero, excerpt, Map.of(), url, outputPath, hash, liquid, siteLists), dated,
                    unpublished, publishedFalse, publishAt, expiresAt, aliases,
                    java.util.Collections.unmodifiableMap(taxonomyTerms));
        }
        return new Entry(rel, kind, sourceDraft, size, mtime, racy, facts, List.copyOf(problems));
    }

    private static void instant(DataOutputStream o, Instant i) throws IOException {
        o.writeBoolean(i != null);
        if (i != null) {
            o.writeLong(i.getEpochSecond());
            o.writeInt(i.getNano());
        }
    }

    private static Instant instant(ByteBuffer in) throws IOException {
        return bool(in) ? Instant.ofEpochSecond(in.getLong(), in.getInt()) : null;
    }

    /** A date: none (0), an instant in the site's zone (1), or an instant at its own offset (2, a Hugo date). */
    private static void date(DataOutputStream o, ZonedDateTime d, ZoneId zone) throws IOException {
        if (d == null) {
            o.writeByte(0);
            return;
        }
        boolean siteZone = d.getZone().equals(zone);
        o.writeByte(siteZone ? 1 : 2);
        Instant i = d.toInstant();
        o.writeLong(i.getEpochSecond());
        o.writeInt(i.getNano());
        if (!siteZone) {
            o.writeInt(d.getOffset().getTotalSeconds());
        }
    }

    private static ZonedDateTime date(ByteBuffer in, ZoneId zone) throws IOException {
        byte kind = in.get();
        if (kind == 0) {
            return null;
        }
        if (kind != 1 && kind != 2) {
            throw new IOException("bad date in index cache");
        }
        Instant at = Instant.ofEpochSecond(in.getLong(), in.getInt());
        return kind == 1 ? at.atZone(zone) : at.atZone(java.time.ZoneOffset.ofTotalSeconds(in.getInt()));
    }

    private static void list(DataOutputStream o, List<String> list) throws IOException {
        o.writeInt(list.size());
        for (String s : list) {
            str(o, s);
        }
    }

    private static List<String> list(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("bad list length");
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = str(in);
            if (out[i] == null) {
                throw new IOException("null in list");
            }
        }
        return List.of(out);
    }

    private static boolean bool(ByteBuffer in) throws IOException {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new IOException("bad boolean");
        }
        return b == 1;
    }

    private static void str(DataOutputStream o, String s) throws IOException {
        if (s == null) {
            o.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    private static String str(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.remaining()) {
            throw new BufferUnderflowException();
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
