package app.quire.ui.preview;

import app.quire.markdown.RenderContext;
import app.quire.site.PreviewLiquid;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where a link clicked in the preview goes: a link to a post or page of the blog (what {@code post_url} and
 * {@code link} write, or a site path such as {@code /2021/12/10/badge.html}) and a link to a Markdown file open
 * it in Quire; web and mail links go to the browser ({@link LinkOpener}); other local links do nothing. The
 * blog's posts are looked up off the FX thread.
 */
public final class PreviewLinks implements Consumer<String> {
    private static final System.Logger LOG = System.getLogger(PreviewLinks.class.getName());

    private final RenderContext context;
    private final Consumer<Path> openPost;
    private final Consumer<String> browser;
    private final Executor background;
    private final Executor fx;

    /**
     * @param openPost   opens a post in a tab (called through {@code fx})
     * @param browser    opens web and mail links
     * @param background where the blog's posts are looked up
     * @param fx         the FX thread ({@code Platform::runLater})
     */
    public PreviewLinks(RenderContext context, Consumer<Path> openPost, Consumer<String> browser, Executor background,
            Executor fx) {
        this.context = context == null ? RenderContext.NONE : context;
        this.openPost = openPost;
        this.browser = browser;
        this.background = background;
        this.fx = fx;
    }

    @Override
    public void accept(String url) {
        if (url == null || !url.regionMatches(true, 0, "file:", 0, 5)) {
            browser.accept(url);
            return;
        }
        Path linked;
        try {
            linked = Path.of(URI.create(url.replaceFirst("[?#].*$", "")));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            LOG.log(System.Logger.Level.INFO, "Not opening a malformed local link: {0}", url);
            return;
        }
        background.execute(() -> target(linked).ifPresentOrElse(file -> fx.execute(() -> openPost.accept(file)),
                () -> LOG.log(System.Logger.Level.INFO, "A local link that is no post of the blog: {0}", url)));
    }

    private Optional<Path> target(Path linked) {
        String name = linked.getFileName() == null ? "" : linked.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".md") || name.endsWith(".markdown")) && Files.isRegularFile(linked)) {
            return Optional.of(linked);
        }
        PreviewLiquid site = SiteLiquids.forSite(context.siteRoot());
        return site == null ? Optional.empty() : site.postForLink(linked);
    }
}
