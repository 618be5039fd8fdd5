package app.quire.ui.frontmatter;

import app.quire.post.schema.FrontMatterSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.testfx.util.WaitForAsyncUtils;

/** A real CodeArea with the form above it in a stage, and FX-thread helpers for the tests. */
final class FormHarness {
    static final Path POSTS = Path.of("src/test/resources/posts");

    CodeArea area;
    FrontMatterForm form;
    VBox root;
    Scene scene;

    void start(Stage stage, String text, FrontMatterSchema schema) {
        // the app runs with an AtlantaFX theme; the form's CSS uses its looked-up colours
        javafx.application.Application.setUserAgentStylesheet(FormHarness.class
                .getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        area = new CodeArea(text);
        area.getStyleClass().add("fm-test-area");
        form = new FrontMatterForm(area, schema);
        root = new VBox(form.node(), area);
        VBox.setVgrow(area, Priority.ALWAYS);
        scene = new Scene(root, 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    static String fixture(String name) {
        try {
            return new String(Files.readAllBytes(POSTS.resolve(name)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs on the FX thread and waits. */
    static void fx(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    static <T> T call(Callable<T> c) {
        try {
            T result = WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return call(area::getText);
    }

    /** Replaces the whole text (as opening another post would) and forgets undo history. */
    void load(String text) {
        fx(() -> {
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
        });
    }

    static boolean onFx() {
        return Platform.isFxApplicationThread();
    }
}
