package app.quire.ui.frontmatter;

import static app.quire.ui.frontmatter.FormHarness.call;
import static app.quire.ui.frontmatter.FormHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.FrontMatter;
import app.quire.post.Post;
import app.quire.post.schema.FrontMatterSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On EVERY fixture post: a form edit changes only the edited key's lines (or inserts one key before the closing
 * line), never the body, and one undo restores the text exactly. Read-only posts are never changed.
 */
@ExtendWith(ApplicationExtension.class)
class FormMinimalDiffTest {
    private final FormHarness h = new FormHarness();

    @Start
    void start(Stage stage) {
        h.start(stage, "", FrontMatterSchema.empty());
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(FormHarness.POSTS)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everyFixtureFormEditTouchesOnlyItsKey(FxRobot robot) throws IOException {
        List<Path> all = fixtures();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        int edited = 0;
        for (Path file : all) {
            String name = file.getFileName().toString();
            h.load(FormHarness.fixture(name));
            FrontMatter fm = call(h.form::frontMatter);
            TextField title = robot.lookup("#fm-title").queryAs(TextField.class);
            TextField tagInput = robot.lookup("#fm-tag-input").queryAs(TextField.class);
            TextField time = robot.lookup("#fm-date-time").queryAs(TextField.class);
            if (!fm.editable()) {
                String before = h.text();
                assertThat(call(() -> h.form.readOnlyProperty().get())).as(name).isTrue();
                fx(() -> title.setText("Not written"));
                assertThat(h.text()).as(name).isEqualTo(before);
                continue;
            }
            if (fm.kind() == FrontMatter.Kind.NONE) {
                continue; // covered by FrontMatterFormTest.postWithoutFrontMatterGetsABlockOnFirstEdit
            }
            check(name, "title", t -> fx(() -> title.setText("A changed title: with colon")));
            check(name, fm.has("tag") && !fm.has("tags") ? "tag" : "tags", t -> fx(() -> {
                tagInput.requestFocus();
                tagInput.setText("zeta");
                tagInput.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.ENTER, false, false, false, false));
            }));
            if (fm.date().isPresent()) {
                check(name, "date", t -> fx(() -> time.setText("23:45:00")));
            }
            edited++;
        }
        assertThat(edited).isGreaterThanOrEqualTo(10);
    }

    /** Applies an edit and checks the line diff against the key's range, the body, and one-step undo. */
    private void check(String name, String key, Consumer<Void> edit) {
        String before = h.text();
        FrontMatter fm = Post.parse(before).frontMatter();
        edit.accept(null);
        String after = h.text();
        assertThat(after).as(name + " " + key + " changed").isNotEqualTo(before);
        assertThat(Post.parse(after).body()).as(name + " body").isEqualTo(Post.parse(before).body());
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int p = 0;
        while (p < Math.min(a.length, b.length) && a[p].equals(b[p])) {
            p++;
        }
        int q = 0;
        while (q < Math.min(a.length, b.length) - p && a[a.length - 1 - q].equals(b[b.length - 1 - q])) {
            q++;
        }
        int firstChanged = p;
        int lastChanged = a.length - q - 1; // may be firstChanged - 1 for a pure insertion
        if (fm.lineRange(key).isPresent()) {
            int[] r = fm.lineRange(key).get();
            assertThat(firstChanged).as(name + " " + key + " first changed line").isGreaterThanOrEqualTo(r[0] + 1);
            assertThat(lastChanged).as(name + " " + key + " last changed line").isLessThanOrEqualTo(r[1] + 1);
        } else {
            int closing = FrontMatterBlocks.innerLines(fm).size() + 1;
            assertThat(lastChanged).as(name + " " + key + " insertion only").isEqualTo(firstChanged - 1);
            assertThat(firstChanged).as(name + " " + key + " inserted before the closing line")
                    .isGreaterThanOrEqualTo(closing - 1).isLessThanOrEqualTo(closing);
        }
        fx(() -> h.area.undo());
        assertThat(h.text()).as(name + " " + key + " undo").isEqualTo(before);
    }
}
