package app.quire.ui.preview;

import app.quire.site.PreviewLiquid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link PreviewLiquid} per site folder, shared by the previews of its posts (each tab has its own render
 * thread), so the site's posts are read once for {@code post_url} and {@code link}. Made on a render thread.
 */
final class SiteLiquids {
    private static final System.Logger LOG = System.getLogger(SiteLiquids.class.getName());
    private static final Map<Path, Optional<PreviewLiquid>> SITES = new ConcurrentHashMap<>();

    private SiteLiquids() {
    }

    /** The site's Liquid, or null without a site or when its folder cannot be read as one. */
    static PreviewLiquid forSite(Path siteRoot) {
        if (siteRoot == null) {
            return null;
        }
        return SITES.computeIfAbsent(siteRoot.toAbsolutePath().normalize(), root -> {
            try {
                return Optional.of(PreviewLiquid.open(root));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "preview: no Liquid for " + root, e);
                return Optional.empty();
            }
        }).orElse(null);
    }
}
