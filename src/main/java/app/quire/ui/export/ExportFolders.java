package app.quire.ui.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The output folder last used for each blog, kept in {@code export-folders.properties} next to the settings
 * file (decision 0124). Null file: remembered only while the app runs. Small file; read and written on the
 * FX thread when the dialog opens and an export starts.
 */
public final class ExportFolders {
    private static final System.Logger LOG = System.getLogger(ExportFolders.class.getName());
    private final Path file;
    private final Properties props = new Properties();

    public ExportFolders(Path file) {
        this.file = file;
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (NoSuchFileException e) {
                LOG.log(System.Logger.Level.DEBUG, "no export folders remembered yet");
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read " + file, e);
            }
        }
    }

    /** Next to the settings file, or null (in memory only) when there is none. */
    public static ExportFolders besideSettings(Path settingsFile) {
        return new ExportFolders(settingsFile == null || settingsFile.toAbsolutePath().getParent() == null ? null
                : settingsFile.toAbsolutePath().getParent().resolve("export-folders.properties"));
    }

    public Optional<Path> get(Path blog) {
        return Optional.ofNullable(props.getProperty(key(blog))).map(Path::of);
    }

    /** The remembered folder, else {@code BLOG-site} next to the blog. */
    public Path suggest(Path blog) {
        Path b = blog.toAbsolutePath().normalize();
        return get(b).orElseGet(() -> b.resolveSibling((b.getFileName() == null ? "blog" : b.getFileName()) + "-site"));
    }

    public void put(Path blog, Path out) {
        props.setProperty(key(blog), out.toAbsolutePath().normalize().toString());
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-folders-", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "Quire: last export folder per blog");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remember the export folder in " + file, e);
        }
    }

    private static String key(Path blog) {
        return blog.toAbsolutePath().normalize().toString();
    }
}
