package app.quire.media;

import java.io.IOException;

/** An image could not be brought into the site; the message is meant for the writer, as is. */
public final class ImageImportException extends IOException {
    private static final long serialVersionUID = 1L;

    public ImageImportException(String message) {
        super(message);
    }

    public ImageImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
