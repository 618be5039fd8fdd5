package app.quire.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A post's front matter map for an index entry taken from the index cache: read from the file (and parsed
 * exactly as a fresh index would) the first time a template asks for it, so that repeat exports do not parse
 * the front matter of posts whose pages are not rendered. Unmodifiable and thread-safe. Problems found again
 * while reading are not reported a second time (the cache carries the ones found when it was made).
 * See docs/decisions/0151-front-matter-loaded-lazily.md.
 */
final class FrontMatterData extends AbstractMap<String, Object> {
    /** The logger, made on first use (starting System.Logger costs a cold export ~25 ms; decision 0219). */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(FrontMatterData.class.getName());

        private Log() {
        }
    }
    private final Path file;
    private final String rel;
    private final ZoneId zone;
    private volatile Map<String, Object> loaded;

    FrontMatterData(Path file, String rel, ZoneId zone) {
        this.file = file;
        this.rel = rel;
        this.zone = zone;
    }

    private Map<String, Object> map() {
        Map<String, Object> m = loaded;
        if (m == null) {
            synchronized (this) {
                m = loaded;
                if (m == null) {
                    m = load();
                    loaded = m;
                }
            }
        }
        return m;
    }

    private Map<String, Object> load() {
        try {
            String text = PostIndex.decode(Files.readAllBytes(file));
            return PostMetadata.read(text, rel, zone, new ArrayList<>()).data();
        } catch (IOException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "cannot read front matter of " + rel + ": " + e);
            return Collections.emptyMap();
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map().entrySet();
    }

    @Override
    public Object get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public int size() {
        return map().size();
    }
}
