package app.quire.ui.frontmatter;

import static app.quire.ui.frontmatter.FormHarness.call;
import static app.quire.ui.frontmatter.FormHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.schema.FrontMatterSchema;
import app.quire.post.schema.SchemaInference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The form with a blog's schema: suggestions, layouts, slug check, schema fields; body typing stays cheap. */
@ExtendWith(ApplicationExtension.class)
class FormSchemaTest {
    private final FormHarness h = new FormHarness();

    static FrontMatterSchema blog() {
        Map<Path, String> blocks = new LinkedHashMap<>();
        blocks.put(Path.of("_posts/2020-01-01-tides.md"), "---\nlayout: post\ntitle: Tides\nauthor: mfarrow\n"
                + "slug: tides\ntags: [sea, moon]\nseries: Sailing\n---\n");
        blocks.put(Path.of("_posts/2020-02-02-knots.md"), "---\nlayout: note\ntitle: Knots\nauthor: jlee\n"
                + "slug: knots\ntags: [rope]\nseries: Sailing\n---\n");
        return SchemaInference.inferFromBlocks(blocks);
    }

    @Start
    void start(Stage stage) {
        h.start(stage, "---\ntitle: New One\nlayout: post\n---\nBody text here.\n", blog());
    }

    @Test
    void layoutChoicesAndSchemaFieldsAreOffered(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> layout = robot.lookup("#fm-layout").queryAs(ComboBox.class);
        assertThat(call(() -> List.copyOf(layout.getItems()))).containsExactlyInAnyOrder("post", "note");
        fx(() -> layout.setValue("note"));
        assertThat(h.text()).contains("layout: note\n");
        // "series" is used by the blog's posts: offered empty, typing adds it
        TextField series = robot.lookup("#fm-field-series").queryAs(TextField.class);
        fx(() -> series.setText("Sailing"));
        assertThat(h.text()).isEqualTo("---\ntitle: New One\nlayout: note\nseries: Sailing\n---\nBody text here.\n");
    }

    @Test
    void authorSuggestionsComeFromTheBlog(FxRobot robot) {
        robot.clickOn("#fm-author").write("jl");
        robot.clickOn(robot.lookup(".fm-suggestions .menu-item").match(n -> n.toString().contains("jlee")
                || ((javafx.scene.layout.Region) n).lookup(".label") instanceof Label
                && "jlee".equals(((Label) ((javafx.scene.layout.Region) n).lookup(".label")).getText()))
                .queryAs(javafx.scene.Node.class));
        assertThat(h.text()).contains("author: jlee\n");
    }

    @Test
    void slugTakenByAnotherPostIsShownBesideTheField(FxRobot robot) {
        fx(() -> robot.lookup("#fm-title").queryAs(TextField.class).setText("Knots"));
        assertThat(h.text()).contains("slug: knots\n");
        Label problem = robot.lookup("#fm-problem-slug").queryAs(Label.class);
        assertThat(FormHarness.<String>call(problem::getText)).contains("2020-02-02-knots.md");
    }

    @Test
    void typingInTheBodyDoesNotReReadTheFrontMatter(FxRobot robot) {
        int before = call(h.form::rereads);
        fx(() -> h.area.moveTo(h.area.getLength()));
        robot.clickOn(h.area).type(KeyCode.END).write("More words.");
        fx(() -> h.area.appendText(" And more."));
        assertThat(call(h.form::rereads)).isEqualTo(before);
        int at = h.text().indexOf("New One");
        fx(() -> h.area.insertText(at, "A "));
        assertThat(call(h.form::rereads)).isEqualTo(before + 1);
        assertThat(FormHarness.<String>call(robot.lookup("#fm-title").queryAs(TextField.class)::getText))
                .isEqualTo("A New One");
    }
}
