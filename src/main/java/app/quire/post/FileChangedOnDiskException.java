package app.quire.post;

import java.io.IOException;
import java.nio.file.Path;

/** A save was refused because the file changed on disk since it was read. */
public final class FileChangedOnDiskException extends IOException {
    private static final long serialVersionUID = 1L;

    public FileChangedOnDiskException(Path path) {
        super(path + " changed on disk since it was opened; save again to overwrite it, or reload it first.");
    }
}
