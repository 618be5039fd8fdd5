package app.quire.ui.export;

import app.quire.site.LocalSiteServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The app's one loopback web server for exported sites (decision 0199), started by the first Open in Browser and
 * then switched to the folder of each later one, so a page left open in the browser keeps working while Quire
 * runs. Call {@link #serve} off the FX thread (its server threads then inherit a daemon thread's status).
 */
public final class SitePreview implements AutoCloseable {
    private LocalSiteServer server;

    /** Serves {@code folder} under {@code baseurl} and returns the address of its home page. */
    public synchronized URI serve(Path folder, String baseurl) throws IOException {
        return serve(folder, baseurl, "");
    }

    /** As {@link #serve(Path, String)}, with links to the live site ({@code siteUrl}) pointed at this copy. */
    public synchronized URI serve(Path folder, String baseurl, String siteUrl) throws IOException {
        if (server == null) {
            server = LocalSiteServer.start(0);
        }
        return server.serve(folder, baseurl, siteUrl);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
