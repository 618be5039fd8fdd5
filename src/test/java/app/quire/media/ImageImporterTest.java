package app.quire.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.quire.site.SiteShape;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming, deduplication, URL mapping per site shape, downscaling and refused input of the one image import. */
class ImageImporterTest {
    @TempDir
    Path tmp;

    private Path jekyll() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("blog"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Files.createDirectories(site.resolve("_posts"));
        return site;
    }

    private ImageImporter importer(Path site, Path post) throws IOException {
        ImageTarget t = ImageTarget.of(site, post);
        return new ImageImporter(t, ImageSettings.forTarget(t));
    }

    private Path file(String name, byte[] data) throws IOException {
        Path p = Files.createDirectories(tmp.resolve("outside")).resolve(name);
        Files.write(p, data);
        return p;
    }

    private List<String> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.map(p -> folder.relativize(p).toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void jekyllStoresUnderAssetsImagesPostsWithAUuidAndASiteRootUrl() throws IOException {
        Path site = jekyll();
        Path post = site.resolve("_posts/2021-12-10-badge.md");
        ImportedImage img = importer(site, post).importFile(file("My Shot.png", TestImages.png(64, 48, Color.RED)));
        assertThat(img.url()).matches("/assets/images/posts/[0-9a-f]{8}-[0-9a-f-]{27}\\.png");
        assertThat(img.file()).isEqualTo(site.resolve(img.url().substring(1)));
        assertThat(img.file()).exists();
        assertThat(img.width()).isEqualTo(64);
        assertThat(img.altSuggestion()).isEqualTo("My Shot");
        assertThat(img.markdown("A red shot")).isEqualTo("![A red shot](" + img.url() + ")");
        assertThat(listing(site.resolve("assets/images/posts"))).hasSize(2); // "" and the image: no temp left
    }

    @Test
    void identicalContentIsStoredOnceAndADifferentFileNeverOverwrites() throws IOException {
        Path site = jekyll();
        Files.writeString(site.resolve("_quire/images.properties").getParent() == null ? site
                : Files.createDirectories(site.resolve("_quire")).resolve("images.properties"), "name={name}\n");
        ImageImporter imp = importer(site, site.resolve("_posts/2020-01-01-a.md"));
        ImportedImage a = imp.importFile(file("shot.png", TestImages.png(30, 20, Color.RED)));
        ImportedImage again = imp.importBytes(TestImages.png(30, 20, Color.RED), "other name.png");
        ImportedImage b = imp.importFile(file("shot.png", TestImages.png(30, 20, Color.BLUE)));
        assertThat(a.url()).isEqualTo("/assets/images/posts/shot.png");
        assertThat(again.url()).isEqualTo(a.url());
        assertThat(again.reused()).isTrue();
        assertThat(b.url()).isEqualTo("/assets/images/posts/shot-2.png");
        assertThat(Files.readAllBytes(a.file())).isEqualTo(TestImages.png(30, 20, Color.RED));
    }

    @Test
    void namePatternsExpandEveryPlaceholder() throws IOException {
        Path site = jekyll();
        ImageTarget t = ImageTarget.of(site, site.resolve("_posts/2021-12-10-aws-badge.md"));
        assertThat(t.slug()).isEqualTo("aws-badge");
        assertThat(t.date()).isEqualTo(LocalDate.of(2021, 12, 10));
        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(ImageNames.expand("{date}/{slug}-{name}-{hash}-{uuid}", t, "pic", "abcdef0123456789", u))
                .isEqualTo("2021-12-10/aws-badge-pic-abcdef012345-123e4567-e89b-12d3-a456-426614174000");
        assertThatThrownBy(() -> ImageNames.expand("{nope}", t, "", "", u)).hasMessageContaining("{nope}");
        assertThat(ImageNames.cleanStem("../we?ird: na*me .png")).isEqualTo("weird name");
        assertThat(ImageNames.cleanStem(".png")).isEqualTo(".png".substring(1).isEmpty() ? "image" : "png");
        assertThat(ImageNames.cleanStem("")).isEqualTo("image");
        ImageImporter custom = new ImageImporter(t, ImageSettings.forTarget(t).withFolder("/assets/{date}")
                .withName("{slug}-{hash}"));
        ImportedImage img = custom.importBytes(TestImages.png(10, 10, Color.RED), "x.png");
        assertThat(img.url()).matches("/assets/2021-12-10/aws-badge-[0-9a-f]{12}\\.png");
    }

    @Test
    void hugoUsesThePageBundleOrStaticImages() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("hugo"));
        Files.writeString(site.resolve("hugo.toml"), "title = 't'\n");
        Path bundle = Files.createDirectories(site.resolve("content/posts/trip"));
        ImportedImage inBundle = importer(site, bundle.resolve("index.md"))
                .importBytes(TestImages.png(10, 10, Color.RED), "beach.png");
        assertThat(inBundle.file()).isEqualTo(bundle.resolve("beach.png"));
        assertThat(inBundle.url()).isEqualTo("beach.png");
        Path single = Files.createDirectories(site.resolve("content/posts")).resolve("note.md");
        ImportedImage inStatic = importer(site, single).importBytes(TestImages.png(10, 10, Color.RED), "beach.png");
        assertThat(inStatic.file()).isEqualTo(site.resolve("static/images/beach.png"));
        assertThat(inStatic.url()).isEqualTo("/images/beach.png");
    }

    @Test
    void aPlainFolderUsesImagesBesideThePostWithARelativeEncodedUrl() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("notes/trips"));
        ImageTarget t = ImageTarget.of(null, folder.resolve("day one.md"));
        assertThat(t.shape()).isEqualTo(SiteShape.PLAIN);
        ImportedImage img = new ImageImporter(t, ImageSettings.forTarget(t))
                .importBytes(TestImages.png(10, 10, Color.RED), "Café au lait (2).png");
        assertThat(img.file()).isEqualTo(folder.resolve("images/Café au lait (2).png"));
        assertThat(img.url()).isEqualTo("images/Caf%C3%A9%20au%20lait%20%282%29.png");
        assertThat(ImageUrls.decodePath(img.url())).isEqualTo("images/Café au lait (2).png");
        assertThat(LocalImages.resolve(img.url(), null, folder)).contains(img.file());
    }

    @Test
    void wideImagesAreDownscaledToTheMaximumWidthAndTheOriginalCanBeKept() throws IOException {
        Path site = jekyll();
        ImageTarget t = ImageTarget.of(site, null);
        byte[] big = TestImages.jpeg(2000, 1000, Color.ORANGE);
        ImportedImage img = new ImageImporter(t, ImageSettings.forTarget(t)).importBytes(big, "wide.jpg");
        assertThat(img.downscaled()).isTrue();
        BufferedImage stored = ImageIO.read(img.file().toFile());
        assertThat(stored.getWidth()).isEqualTo(ImageSettings.DEFAULT_MAX_WIDTH);
        assertThat(stored.getHeight()).isEqualTo(800);
        assertThat(img.url()).endsWith(".jpg");
        assertThat(Files.size(img.file())).isLessThan(big.length);

        ImageSettings keep = ImageSettings.forTarget(t).withDownscale(true, 500, true).withName("{name}");
        ImportedImage kept = new ImageImporter(t, keep).importBytes(TestImages.png(1200, 300, Color.RED), "w.png");
        assertThat(ImageIO.read(kept.file().toFile()).getWidth()).isEqualTo(500);
        assertThat(kept.original()).isPresent();
        assertThat(kept.original().get().getFileName().toString()).isEqualTo("w-original.png");
        assertThat(ImageIO.read(kept.original().get().toFile()).getWidth()).isEqualTo(1200);

        ImageSettings off = ImageSettings.forTarget(t).withDownscale(false, 1600, false);
        ImportedImage full = new ImageImporter(t, off).importBytes(big, "wide.jpg");
        assertThat(full.downscaled()).isFalse();
        assertThat(Files.readAllBytes(full.file())).isEqualTo(big);
    }

    @Test
    void downscalerKeepsTheAspectRatioAndLeavesNarrowImagesAlone() {
        BufferedImage img = TestImages.image(3001, 1003, Color.RED);
        BufferedImage small = Downscaler.scale(img, 1000);
        assertThat(small.getWidth()).isEqualTo(1000);
        assertThat(small.getHeight()).isEqualTo(334);
        assertThat(Downscaler.scale(small, 1000)).isSameAs(small);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndLeavesTheSiteUnchanged() throws IOException {
        Path site = jekyll();
        ImageImporter imp = importer(site, null);
        assertThatThrownBy(() -> imp.importFile(file("notes.png", "hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImageImportException.class).hasMessageContaining("notes.png is not an image");
        byte[] png = TestImages.png(40, 40, Color.RED);
        byte[] cut = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> imp.importBytes(cut, "cut.png")).hasMessageContaining("damaged PNG");
        assertThatThrownBy(() -> imp.importBytes(hugePngHeader(), "huge.png"))
                .hasMessageContaining("too large to decode");
        assertThatThrownBy(() -> imp.importFile(tmp.resolve("gone.png"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> imp.importFile(tmp)).hasMessageContaining("is a folder");
        assertThat(site.resolve("assets")).doesNotExist();
    }

    @Test
    void unreadableFilesAndReadOnlyFoldersLeaveEverythingAsItWas() throws IOException {
        assumeFalse(System.getProperty("user.name").equals("root"), "root ignores file permissions");
        Path site = jekyll();
        Path secret = file("secret.png", TestImages.png(5, 5, Color.RED));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assertThatThrownBy(() -> importer(site, null).importFile(secret)).hasMessageContaining("cannot be read");
        Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> importer(site, null).importBytes(TestImages.png(5, 5, Color.RED), "a.png"))
                    .hasMessageContaining("read-only").hasMessageContaining("Nothing was changed");
        } finally {
            Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(site.resolve("assets")).doesNotExist();
        Path folder = Files.createDirectories(site.resolve("assets/images/posts"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> importer(site, null).importBytes(TestImages.png(5, 5, Color.RED), "a.png"))
                    .hasMessageContaining("read-only");
            assertThat(listing(folder)).containsExactly("");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aBlockedImagesFolderIsReportedAndNothingIsCreated() throws IOException {
        Path site = jekyll();
        Files.writeString(site.resolve("assets"), "a file where the folder should be");
        assertThatThrownBy(() -> importer(site, null).importBytes(TestImages.png(5, 5, Color.RED), "a.png"))
                .isInstanceOf(ImageImportException.class).hasMessageContaining("Nothing was changed");
        assertThat(Files.readString(site.resolve("assets"))).isEqualTo("a file where the folder should be");
        ImageTarget t = ImageTarget.of(site, null);
        assertThatThrownBy(() -> new ImageImporter(t, ImageSettings.forTarget(t).withFolder("/../outside"))
                .importBytes(TestImages.png(5, 5, Color.RED), "a.png")).hasMessageContaining("points outside");
        assertThat(tmp.resolve("outside")).doesNotExist();
    }

    @Test
    void formatsAreRecognisedByTheirBytes() {
        assertThat(ImageFormat.sniff(TestImages.png(2, 2, Color.RED))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(TestImages.jpeg(2, 2, Color.RED))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(ImageFormat.GIF);
        assertThat(ImageFormat.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains(ImageFormat.WEBP);
        assertThat(ImageFormat.sniff("<?xml version=\"1.0\"?><svg xmlns=\"x\"/>".getBytes(StandardCharsets.UTF_8)))
                .contains(ImageFormat.SVG);
        assertThat(ImageFormat.sniff("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void altTextIsSuggestedFromTheFileNameAndEscaped() {
        assertThat(AltText.suggest("sea_view-at-dusk.jpg")).isEqualTo("sea view at dusk");
        assertThat(AltText.suggest("123e4567-e89b-12d3-a456-426614174000.png")).isEmpty();
        assertThat(AltText.suggest("IMG_2031.JPG")).isEmpty();
        assertThat(AltText.markdown("a [b] c", "/x.png")).isEqualTo("![a \\[b\\] c](/x.png)");
        assertThat(AltText.at("see ![a [nested] alt](x.png)", 4)).contains("a [nested] alt");
        assertThat(AltText.at("![](x.png)", 0)).isEmpty();
        assertThat(AltText.at("<img src=\"x.png\">", 0)).isEmpty();
        assertThat(AltText.at("<img alt='' src=\"x.png\">", 0)).contains("");
    }

    /** A PNG whose header claims 20000 × 20000 pixels (valid chunk CRC, no pixel data). */
    private static byte[] hugePngHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(20000).putInt(20000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        assertThat(ImageIO.getImageReaders(ImageIO.createImageInputStream(
                new ByteArrayInputStream(out.toByteArray()))).hasNext()).isTrue();
        return out.toByteArray();
    }
}
