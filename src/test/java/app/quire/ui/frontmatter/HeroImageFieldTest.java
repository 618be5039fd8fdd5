package app.quire.ui.frontmatter;

import static app.quire.ui.frontmatter.FormHarness.call;
import static app.quire.ui.frontmatter.FormHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.media.TestImages;
import app.quire.post.schema.FrontMatterSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The hero image row: choose button with a site folder, and the message without one. */
@ExtendWith(ApplicationExtension.class)
class HeroImageFieldTest {
    private final FormHarness h = new FormHarness();
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        h.start(stage, FormHarness.fixture("seed-like.md"), FrontMatterSchema.empty());
    }

    @Test
    void choosingAFileOutsideTheSiteCopiesItAndSetsTheSitePath(FxRobot robot) throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path picked = Files.createDirectories(tmp.resolve("elsewhere")).resolve("harbour.png");
        Files.write(picked, TestImages.png(40, 30, java.awt.Color.BLUE));
        fx(() -> {
            h.form.setSiteFolder(site);
            h.form.setImageChooser(owner -> Optional.of(picked));
        });
        robot.clickOn("#fm-hero-choose");
        String url = call(() -> robot.lookup("#fm-hero-path").queryAs(TextField.class).getText());
        assertThat(url).matches("/assets/images/posts/[0-9a-f-]{36}\\.png");
        assertThat(h.text()).contains("heroimage: " + url + "\n");
        assertThat(Files.readAllBytes(site.resolve(url.substring(1)))).isEqualTo(Files.readAllBytes(picked));
    }

    @Test
    void thePromptSaysWhereThisBlogKeepsImages(FxRobot robot) throws IOException {
        Path jekyll = Files.createDirectories(tmp.resolve("jekyll"));
        Files.writeString(jekyll.resolve("_config.yml"), "title: t\n");
        Path hugo = Files.createDirectories(tmp.resolve("hugo"));
        Files.writeString(hugo.resolve("hugo.toml"), "title = \"h\"\n");
        Path bundle = Files.createDirectories(hugo.resolve("content/posts/trip"));
        java.util.function.Supplier<String> prompt = () -> call(() ->
                robot.lookup("#fm-hero-path").queryAs(TextField.class).getPromptText());
        fx(() -> h.form.setSiteFolder(jekyll));
        assertThat(prompt.get()).isEqualTo("/assets/images/posts/...");
        fx(() -> {
            h.form.setPostFile(hugo.resolve("content/posts/a.md"));
            h.form.setSiteFolder(hugo);
        });
        assertThat(prompt.get()).isEqualTo("/images/...");
        fx(() -> h.form.setPostFile(bundle.resolve("index.md")));
        assertThat(prompt.get()).isEqualTo("an image beside the post");
    }

    @Test
    void pastingABitmapOntoTheHeroFieldImportsItAndSetsTheHeroImage(FxRobot robot) throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        fx(() -> {
            h.form.setSiteFolder(site);
            javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(12, 8);
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 12; x++) {
                    img.getPixelWriter().setArgb(x, y, 0xFF336699);
                }
            }
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putImage(img);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#fm-hero-path");
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.V)
                .release(javafx.scene.input.KeyCode.V).release(javafx.scene.input.KeyCode.CONTROL);
        String url = call(() -> robot.lookup("#fm-hero-path").queryAs(TextField.class).getText());
        assertThat(url).matches("/assets/images/posts/[0-9a-f-]{36}\\.png");
        assertThat(h.text()).contains("heroimage: " + url + "\n");
        assertThat(javax.imageio.ImageIO.read(site.resolve(url.substring(1)).toFile()).getWidth()).isEqualTo(12);
    }

    @Test
    void withoutASiteFolderNothingIsWrittenAndTheStatusSaysWhy(FxRobot robot) {
        String before = h.text();
        fx(() -> h.form.useHeroImage(tmp.resolve("x.png")));
        assertThat(h.text()).isEqualTo(before);
        assertThat(call(() -> robot.lookup("#fm-status").queryLabeled().getText())).contains("blog folder");
    }
}
