package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hugo leaf bundle's files go out beside its page; a draft's, and loose content files, do not. */
class BundleResourcesTest {
    @TempDir
    Path temp;

    @Test
    void aBundlesImageIsWrittenBesideItsPageSoTheRelativeLinkWorks() throws Exception {
        Path site = copySite("hugo", temp);
        Path trip = Files.createDirectories(site.resolve("content/posts/harbour-walk/maps"));
        Files.writeString(trip.getParent().resolve("index.md"),
                "---\ntitle: Harbour walk\ndate: 2022-03-04T10:00:00Z\nslug: walk\n---\n\n![cover](cover.png)\n"
                        + "![map](maps/route.svg)\n");
        Files.write(trip.getParent().resolve("cover.png"), new byte[] {1, 2, 3});
        Files.writeString(trip.resolve("route.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path draft = Files.createDirectories(site.resolve("content/posts/secret-trip"));
        Files.writeString(draft.resolve("index.md"), "---\ntitle: Secret\ndate: 2022-03-05T10:00:00Z\n"
                + "draft: true\n---\n\n![x](hidden.png)\n");
        Files.write(draft.resolve("hidden.png"), new byte[] {4});
        Files.write(site.resolve("content/posts/loose.png"), new byte[] {5});
        Path out = temp.resolve("out");

        ExportReport report = SiteExporter.export(site, out, options());

        assertThat(report.problems()).isEmpty();
        assertThat(read(out, "posts/walk/index.html")).contains("src=\"cover.png\"");
        assertThat(out.resolve("posts/walk/cover.png")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(out.resolve("posts/walk/maps/route.svg")).isRegularFile();
        assertThat(out.resolve("posts/secret-trip")).doesNotExist();
        assertThat(out.resolve("posts/loose.png")).doesNotExist();
        assertThat(out.resolve("loose.png")).doesNotExist();
    }
}
