package app.quire.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Picks JavaFX's software renderer up front on a Linux machine that has no GPU device at all
 * (docs/decisions/0162). JavaFX tries OpenGL first and only then falls back to software; without a GPU that try
 * (loading Mesa and creating a context that Prism then rejects) costs 0.1-0.2 s of every start. Machines with a
 * GPU device keep the default order (hardware first); an explicit {@code -Dprism.order} always wins.
 */
final class PrismChoice {
    private static final System.Logger LOG = System.getLogger(PrismChoice.class.getName());
    static final String ORDER = "prism.order";

    private PrismChoice() {
    }

    /** Sets {@code prism.order=sw} when nothing chose an order and this is Linux without a GPU device. */
    static void apply() {
        if (System.getProperty(ORDER) != null
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return;
        }
        if (!gpuDevicePresent(Path.of("/dev"))) {
            System.setProperty(ORDER, "sw");
            LOG.log(System.Logger.Level.DEBUG, "No GPU device under /dev: using the software renderer");
        }
    }

    /**
     * True when {@code dev} has a DRM device ({@code dri/card*} or {@code dri/renderD*}, which every Mesa and
     * most vendor drivers create) or an NVIDIA device node ({@code nvidia0}, the proprietary driver without
     * kernel mode setting). When in doubt (unreadable folder) it says yes, keeping the hardware path.
     */
    static boolean gpuDevicePresent(Path dev) {
        if (Files.exists(dev.resolve("nvidia0"))) {
            return true;
        }
        Path dri = dev.resolve("dri");
        if (!Files.isDirectory(dri)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dri)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith("card") || name.startsWith("renderD")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | SecurityException e) {
            return true;
        }
    }
}
