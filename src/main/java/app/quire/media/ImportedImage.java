package app.quire.media;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The result of an import: the file in the site, the URL to write, whether an identical file was already there
 * ({@code reused}), whether it was downscaled, its size in pixels (0 when not decoded, e.g. SVG) and the kept
 * original, if any. {@code altSuggestion} is pre-filled alt text from the source name.
 */
public record ImportedImage(Path file, String url, boolean reused, boolean downscaled, int width, int height,
        Optional<Path> original, String altSuggestion) {

    /** {@code ![alt](url)}. */
    public String markdown(String alt) {
        return AltText.markdown(alt, url);
    }
}
