package app.quire.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's settings and last session, stored as a small UTF-8 properties file. Unknown keys are kept, so an
 * older Quire does not drop what a newer one wrote. Not thread-safe: load before the UI starts, then use it on
 * the FX thread.
 */
public final class Settings {
    static final int MAX_RECENT = 10;
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());

    private final Properties props = new Properties();

    public static Settings load(Path file) {
        Settings s = new Settings();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            s.props.load(r);
        } catch (NoSuchFileException e) {
            LOG.log(System.Logger.Level.DEBUG, "No settings yet at {0}", file);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read settings " + file + "; starting with defaults", e);
        }
        return s;
    }

    /** Writes the settings atomically (temp file + move), creating the folder when needed. */
    public synchronized void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings-", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(w, "Quire settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public boolean isEmpty() {
        return props.isEmpty();
    }

    public boolean darkTheme() {
        return "dark".equals(props.getProperty("theme"));
    }

    public void setDarkTheme(boolean dark) {
        props.setProperty("theme", dark ? "dark" : "light");
    }

    /** Whether autosave also writes posts into their own files (File > Autosave to File). */
    public boolean autosaveToFile() {
        return Boolean.parseBoolean(props.getProperty("autosave.toFile", "false"));
    }

    public void setAutosaveToFile(boolean on) {
        props.setProperty("autosave.toFile", Boolean.toString(on));
    }

    /** Smallest and largest editor font sizes, in points (View > Zoom, Preferences). */
    public static final double MIN_FONT = 8;
    public static final double MAX_FONT = 32;
    public static final double DEFAULT_FONT = 11;

    /** The editor's font size in points (an unreadable or out-of-range value gives the default). */
    public double editorFontSize() {
        try {
            double v = Double.parseDouble(props.getProperty("editor.fontSize", "").strip());
            return v >= MIN_FONT && v <= MAX_FONT ? v : DEFAULT_FONT;
        } catch (NumberFormatException e) {
            return DEFAULT_FONT;
        }
    }

    public void setEditorFontSize(double points) {
        props.setProperty("editor.fontSize", Double.toString(points));
    }

    /** View > Soft Wrap (on unless turned off). */
    public boolean softWrap() {
        return !"false".equals(props.getProperty("editor.softWrap"));
    }

    public void setSoftWrap(boolean on) {
        props.setProperty("editor.softWrap", Boolean.toString(on));
    }

    /** View > Sync Scrolling (on unless turned off). */
    public boolean scrollSync() {
        return !"false".equals(props.getProperty("preview.scrollSync"));
    }

    public void setScrollSync(boolean on) {
        props.setProperty("preview.scrollSync", Boolean.toString(on));
    }

    /** View > Post List (shown unless hidden). */
    public boolean postListShown() {
        return !"false".equals(props.getProperty("view.postList"));
    }

    public void setPostListShown(boolean shown) {
        props.setProperty("view.postList", Boolean.toString(shown));
    }

    /** The blog folder open when Quire last closed. */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(props.getProperty("session.folder")).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setLastFolder(Path folder) {
        if (folder == null) {
            props.remove("session.folder");
        } else {
            props.setProperty("session.folder", folder.toString());
        }
    }

    /** The files open when Quire last closed, in tab order. */
    public List<Path> openFiles() {
        return paths("session.file.");
    }

    public void setOpenFiles(List<Path> files) {
        setPaths("session.file.", files);
    }

    /** The file whose tab was selected when Quire last closed. */
    public Optional<Path> currentFile() {
        return Optional.ofNullable(props.getProperty("session.current")).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setCurrentFile(Path file) {
        if (file == null) {
            props.remove("session.current");
        } else {
            props.setProperty("session.current", file.toString());
        }
    }

    public List<Path> recentFiles() {
        return paths("recent.file.");
    }

    public List<Path> recentFolders() {
        return paths("recent.folder.");
    }

    /** Moves this file to the top of the recent files (at most ten are kept). */
    public void addRecentFile(Path file) {
        setPaths("recent.file.", pushFront(recentFiles(), file));
    }

    public void addRecentFolder(Path folder) {
        setPaths("recent.folder.", pushFront(recentFolders(), folder));
    }

    private static List<Path> pushFront(List<Path> list, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        out.add(abs);
        for (Path q : list) {
            if (!q.equals(abs) && out.size() < MAX_RECENT) {
                out.add(q);
            }
        }
        return out;
    }

    private List<Path> paths(String prefix) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            String v = props.getProperty(prefix + i);
            if (v == null) {
                return out;
            }
            out.add(Path.of(v));
        }
    }

    private void setPaths(String prefix, List<Path> paths) {
        props.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(props::remove);
        for (int i = 0; i < paths.size(); i++) {
            props.setProperty(prefix + i, paths.get(i).toString());
        }
    }
}
