package app.quire.safety;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Saves and loads the {@link Session} as a small Java properties file (normally {@link QuireDirs#sessionFile()}),
 * written atomically. A missing or damaged file loads as {@link Session#empty()} or with the damaged parts
 * dropped; it never stops Quire from starting.
 */
public final class SessionStore {
    private static final System.Logger LOG = System.getLogger(SessionStore.class.getName());
    private static final String VERSION = "1";
    private final Path file;

    public SessionStore(Path file) {
        this.file = file;
    }

    public void save(Session s) throws IOException {
        Properties p = new Properties();
        p.setProperty("version", VERSION);
        p.setProperty("tabs", Integer.toString(s.tabs().size()));
        for (int i = 0; i < s.tabs().size(); i++) {
            Session.Tab t = s.tabs().get(i);
            p.setProperty("tab." + i + ".file", t.file().toAbsolutePath().toString());
            p.setProperty("tab." + i + ".caret", Integer.toString(t.caret()));
            p.setProperty("tab." + i + ".editorScroll", Double.toString(t.editorScroll()));
            p.setProperty("tab." + i + ".previewScroll", Double.toString(t.previewScroll()));
        }
        p.setProperty("currentTab", Integer.toString(s.currentTab()));
        s.window().ifPresent(b -> {
            p.setProperty("window.x", Double.toString(b.x()));
            p.setProperty("window.y", Double.toString(b.y()));
            p.setProperty("window.width", Double.toString(b.width()));
            p.setProperty("window.height", Double.toString(b.height()));
        });
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        p.setProperty("splitDivider", Double.toString(s.splitDivider()));
        p.setProperty("viewMode", s.viewMode());
        StringWriter w = new StringWriter();
        p.store(w, "Quire session");
        SafeFiles.writeAtomically(file, w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The saved session; {@link Session#empty()} when there is none or it cannot be read. */
    public Session load() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Session.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "ignoring unreadable session file {0}: {1}", file, e.toString());
            return Session.empty();
        }
        Session def = Session.empty();
        List<Session.Tab> tabs = new ArrayList<>();
        int n = intOf(p, "tabs", 0);
        for (int i = 0; i < n; i++) {
            String f = p.getProperty("tab." + i + ".file");
            if (f == null || f.isBlank()) {
                continue;
            }
            try {
                tabs.add(new Session.Tab(Path.of(f), Math.max(0, intOf(p, "tab." + i + ".caret", 0)),
                        doubleOf(p, "tab." + i + ".editorScroll", 0), doubleOf(p, "tab." + i + ".previewScroll", 0)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dropping damaged tab {0} of the session: {1}", i, e.toString());
            }
        }
        int current = intOf(p, "currentTab", -1);
        if (current >= tabs.size() || current < -1 || current == -1 && !tabs.isEmpty()) {
            current = tabs.isEmpty() ? -1 : 0;
        }
        Optional<Session.Bounds> bounds = Optional.empty();
        double w = doubleOf(p, "window.width", -1);
        double h = doubleOf(p, "window.height", -1);
        if (w > 0 && h > 0) {
            bounds = Optional.of(new Session.Bounds(doubleOf(p, "window.x", 0), doubleOf(p, "window.y", 0), w, h));
        }
        double divider = doubleOf(p, "splitDivider", def.splitDivider());
        if (!(divider >= 0 && divider <= 1)) {
            divider = def.splitDivider();
        }
        return new Session(tabs, current, bounds, Boolean.parseBoolean(p.getProperty("window.maximized")), divider,
                p.getProperty("viewMode", def.viewMode()));
    }

    private static int intOf(Properties p, String key, int def) {
        try {
            return Integer.parseInt(p.getProperty(key, "").trim());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    private static double doubleOf(Properties p, String key, double def) {
        try {
            double d = Double.parseDouble(p.getProperty(key, "").trim());
            return Double.isFinite(d) ? d : def;
        } catch (NumberFormatException e) {
            return def;
        }
    }
}
