package app.quire.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The one way an image enters a site: checks that the data is an image (by its bytes, decoding it when the JDK can),
 * downscales it when configured, stores it once per content (an identical file already in the folder is reused), never
 * overwrites a different file ({@code name-2.png}...), and returns the URL to write. Any failure leaves the site as it
 * was (temporary file and folders it created are removed) and is reported as an {@link ImageImportException}.
 */
public final class ImageImporter {
    private static final System.Logger LOG = System.getLogger(ImageImporter.class.getName());
    /** Largest file accepted. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Largest image decoded, in pixels (a 100 MP image needs 400 MB as ARGB). */
    public static final long MAX_PIXELS = 60_000_000L;

    private final ImageTarget target;
    private final ImageSettings settings;

    public ImageImporter(ImageTarget target, ImageSettings settings) {
        this.target = target;
        this.settings = settings;
        ImageNames.validate(settings.folder());
        ImageNames.validate(settings.name());
    }

    public ImageTarget target() {
        return target;
    }

    public ImageSettings settings() {
        return settings;
    }

    /**
     * Imports a file. A readable image already inside the site root is not copied; its URL is returned.
     */
    public ImportedImage importFile(Path source) throws ImageImportException {
        Path src;
        try {
            src = source.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ImageImportException("Not a usable file name: " + source, e);
        }
        String name = src.getFileName() == null ? "image" : src.getFileName().toString();
        if (Files.isDirectory(src)) {
            throw new ImageImportException(name + " is a folder, not an image.");
        }
        byte[] data = read(src, name);
        if (target.siteRoot() != null && src.startsWith(target.siteRoot())) {
            Decoded d = check(data, name);
            return new ImportedImage(src, ImageUrls.urlFor(src, target), true, false, d.width, d.height,
                    Optional.empty(), AltText.suggest(name));
        }
        return importBytes(data, name);
    }

    /** Imports image data (pasted bitmap, download); {@code sourceName} gives {name} and the alt suggestion. */
    public ImportedImage importBytes(byte[] data, String sourceName) throws ImageImportException {
        String shown = sourceName == null || sourceName.isBlank() ? "The image" : sourceName;
        if (data.length > MAX_BYTES) {
            throw new ImageImportException(shown + " is larger than " + (MAX_BYTES >> 20) + " MB.");
        }
        Decoded d = check(data, shown);
        byte[] stored = data;
        ImageFormat format = d.format;
        boolean downscaled = false;
        int w = d.width;
        int h = d.height;
        if (settings.downscale() && d.image != null && w > settings.maxWidth() && format != ImageFormat.GIF) {
            BufferedImage small = Downscaler.scale(d.image, settings.maxWidth());
            try {
                if (format == ImageFormat.JPEG) {
                    stored = Downscaler.jpeg(small, settings.jpegQuality());
                } else {
                    stored = Downscaler.png(small);
                    format = ImageFormat.PNG;
                }
            } catch (IOException e) {
                throw new ImageImportException("Could not encode the downscaled image: " + e.getMessage(), e);
            }
            downscaled = true;
            w = small.getWidth();
            h = small.getHeight();
        }
        String hash = sha256(stored);
        String stem = ImageNames.cleanStem(sourceName);
        UUID uuid = UUID.randomUUID();
        Path folder = folder(stem, hash, uuid);
        String baseName = ImageNames.expand(settings.name(), target, stem, hash, uuid);
        if (baseName.contains("/") || baseName.contains("\\") || baseName.isBlank()) {
            throw new ImageImportException("The name pattern '" + settings.name() + "' must give a plain file name.");
        }
        Optional<Path> same = findSame(folder, stored);
        if (same.isPresent()) {
            return new ImportedImage(same.get(), ImageUrls.urlFor(same.get(), target), true, downscaled, w, h,
                    Optional.empty(), AltText.suggest(sourceName));
        }
        List<Path> created = new ArrayList<>();
        try {
            createFolders(folder, created);
            Path file = writeNew(folder, baseName, format.extension(), stored);
            Optional<Path> original = Optional.empty();
            if (downscaled && settings.keepOriginal()) {
                try {
                    original = Optional.of(writeNew(folder, baseName + "-original", d.format.extension(), data));
                } catch (IOException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
            }
            return new ImportedImage(file, ImageUrls.urlFor(file, target), false, downscaled, w, h, original,
                    AltText.suggest(sourceName));
        } catch (IOException e) {
            removeCreated(created);
            throw new ImageImportException(writeMessage(folder, e), e);
        }
    }

    /** The folder images go to for this target (the pattern expanded). */
    public Path folder(String stem, String hash, UUID uuid) throws ImageImportException {
        String f = ImageNames.expand(settings.folder(), target, stem, hash, uuid);
        Path base;
        if (f.startsWith("/")) {
            if (target.siteRoot() == null) {
                throw new ImageImportException("This post is not inside a blog folder, so the site-root images folder '"
                        + settings.folder() + "' has no meaning; open the blog folder first.");
            }
            base = target.siteRoot();
            f = f.substring(1);
        } else {
            base = target.postDir();
        }
        Path folder;
        try {
            folder = f.isEmpty() || f.equals(".") ? base : base.resolve(f).normalize();
        } catch (InvalidPathException e) {
            throw new ImageImportException("The images folder '" + f + "' is not a usable path.", e);
        }
        Path fence = target.siteRoot() != null ? target.siteRoot() : target.postDir();
        if (!folder.startsWith(fence)) {
            throw new ImageImportException("The images folder '" + settings.folder() + "' points outside " + fence);
        }
        return folder;
    }

    /** The decoded size and image, or only the format for data the JDK does not decode. */
    private record Decoded(ImageFormat format, int width, int height, BufferedImage image) {
    }

    private static byte[] read(Path src, String name) throws ImageImportException {
        try {
            if (Files.exists(src) && !Files.isRegularFile(src)) {
                // a dropped /dev/zero read until memory ran out; a named pipe blocked the import for good
                throw new ImageImportException(name + " is not a regular file (a folder, device or pipe).");
            }
            long size = Files.size(src);
            if (size > MAX_BYTES) {
                throw new ImageImportException(name + " is larger than " + (MAX_BYTES >> 20) + " MB.");
            }
            return Files.readAllBytes(src);
        } catch (NoSuchFileException e) {
            throw new ImageImportException(name + " does not exist (any more).", e);
        } catch (AccessDeniedException e) {
            throw new ImageImportException(name + " cannot be read (no permission).", e);
        } catch (ImageImportException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageImportException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Decoded check(byte[] data, String name) throws ImageImportException {
        ImageFormat format = ImageFormat.sniff(data).orElseThrow(() -> new ImageImportException(
                name + " is not an image (PNG, JPEG, GIF, WebP, SVG, BMP, TIFF or AVIF expected)."));
        if (!format.decodable()) {
            return new Decoded(format, 0, 0, null);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageImportException(name + " looks like " + format + " but cannot be read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new ImageImportException(name + " has no pixels.");
                }
                if (w * h > MAX_PIXELS) {
                    throw new ImageImportException(name + " is too large to decode (" + w + " × " + h
                            + " pixels; at most " + MAX_PIXELS / 1_000_000 + " megapixels).");
                }
                BufferedImage image = reader.read(0);
                return new Decoded(format, image.getWidth(), image.getHeight(), image);
            } finally {
                reader.dispose();
            }
        } catch (ImageImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageImportException(name + " is a damaged " + format + " image: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> findSame(Path folder, byte[] data) throws ImageImportException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            Iterator<Path> it = files.filter(Files::isRegularFile).sorted().iterator();
            while (it.hasNext()) {
                Path p = it.next();
                if (Files.size(p) == data.length && Arrays.equals(Files.readAllBytes(p), data)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new ImageImportException("Cannot read the images folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        Collections.reverse(missing);
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    /** Writes through a temporary file and a move that fails rather than replace: never overwrites. */
    private static Path writeNew(Path folder, String base, String ext, byte[] data) throws IOException {
        Path tmp = Files.createTempFile(folder, ".quire-import-", ".tmp");
        try {
            Files.write(tmp, data);
            readableLikeItsFolder(tmp, folder);
            for (int i = 1; i < 10_000; i++) {
                Path target = folder.resolve((i == 1 ? base : base + "-" + i) + "." + ext);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    if (Files.size(target) != data.length) {
                        throw new IOException("a file appeared at " + target + " while importing");
                    }
                    return target;
                } catch (FileAlreadyExistsException e) {
                    LOG.log(Level.DEBUG, "name taken meanwhile, trying the next: {0}", target);
                }
            }
            throw new IOException("no free name for " + base + "." + ext);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file is created owner-only (0600); a published image must be readable by the web server that
     * serves the site (the export copies the mode). The image gets its folder's permissions without the execute
     * bits: 0644 in a 0755 folder, still 0600 in a private 0700 one.
     */
    private static void readableLikeItsFolder(Path file, Path folder) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            perms.addAll(Files.getPosixFilePermissions(folder));
            perms.removeAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            perms.add(PosixFilePermission.OWNER_READ);
            perms.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            LOG.log(Level.DEBUG, "no POSIX permissions here; the image keeps the default ones: {0}", file);
        }
    }

    private static void removeCreated(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove folder created for a failed import: " + created.get(i), e);
            }
        }
    }

    private static String writeMessage(Path folder, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Cannot write to " + folder + " (read-only or no permission). Nothing was changed.";
        }
        return "Could not store the image in " + folder + ": " + e.getMessage() + ". Nothing was changed.";
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Reads at most {@code max} bytes; more is an error (used for downloads). */
    static byte[] readCapped(InputStream in, long max, String what) throws IOException {
        byte[] buf = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (buf.length > max) {
            throw new ImageImportException(what + " is larger than " + max / 1024 + " KB.");
        }
        return buf;
    }
}
