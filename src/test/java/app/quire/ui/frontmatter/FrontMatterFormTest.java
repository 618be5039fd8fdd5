package app.quire.ui.frontmatter;

import static app.quire.ui.frontmatter.FormHarness.call;
import static app.quire.ui.frontmatter.FormHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.FrontMatter;
import app.quire.post.Post;
import app.quire.post.schema.FrontMatterSchema;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The form over a real CodeArea: form to text, text to form, chips, dates, broken YAML, undo, caret. */
@ExtendWith(ApplicationExtension.class)
class FrontMatterFormTest {
    private final FormHarness h = new FormHarness();

    @Start
    void start(Stage stage) {
        h.start(stage, FormHarness.fixture("seed-like.md"), FrontMatterSchema.empty());
    }

    private <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    @Test
    void titleFieldShowsAndWritesOnlyTheTitleLine(FxRobot robot) {
        TextField title = find(robot, "#fm-title", TextField.class);
        assertThat(FormHarness.<String>call(title::getText)).isEqualTo("Reading Tide Tables: A Beginner Walkthrough");
        String before = h.text();
        fx(() -> title.setText("Tide Tables: The Basics"));
        String after = h.text();
        assertThat(after).isEqualTo(before.replace("title: 'Reading Tide Tables: A Beginner Walkthrough'",
                "title: 'Tide Tables: The Basics'"));
    }

    @Test
    void typingInTheTextUpdatesTheForm(FxRobot robot) {
        int at = h.text().indexOf("mfarrow");
        fx(() -> h.area.replaceText(at, at + "mfarrow".length(), "jlee"));
        assertThat(call(() -> find(robot, "#fm-author", TextField.class).getText())).isEqualTo("jlee");
        int t = h.text().indexOf("Beginner");
        fx(() -> h.area.insertText(t, "Very "));
        assertThat(call(() -> find(robot, "#fm-title", TextField.class).getText()))
                .isEqualTo("Reading Tide Tables: A Very Beginner Walkthrough");
    }

    @Test
    void addingAndRemovingTagChips(FxRobot robot) {
        String before = h.text();
        robot.clickOn("#fm-tag-input").write("aws").type(KeyCode.ENTER);
        assertThat(h.text()).contains("category: blog\ntags: [aws]\n---");
        robot.clickOn("#fm-tag-input").write("serverless").type(KeyCode.ENTER);
        assertThat(h.text()).contains("tags: [aws, serverless]\n");
        assertThat(call(() -> h.form.frontMatter().tags())).containsExactly("aws", "serverless");
        Button removeAws = robot.lookup(".fm-chip-remove").match(n -> "Remove tag aws".equals(
                ((Button) n).getAccessibleText())).queryButton();
        robot.clickOn(removeAws);
        assertThat(h.text()).contains("tags: [serverless]\n");
        robot.clickOn(robot.lookup(".fm-chip-remove").match(n -> "Remove tag serverless".equals(
                ((Button) n).getAccessibleText())).queryButton());
        assertThat(h.text()).isEqualTo(before);
    }

    @Test
    void singleCategoryStaysAStringAndASecondMakesAList(FxRobot robot) {
        robot.clickOn("#fm-category-input").write("news").type(KeyCode.ENTER);
        assertThat(h.text()).contains("category: [blog, news]\n");
        robot.clickOn(robot.lookup(".fm-chip-remove").match(n -> "Remove category news".equals(
                ((Button) n).getAccessibleText())).queryButton());
        assertThat(call(() -> h.form.frontMatter().categories())).containsExactly("blog");
    }

    @Test
    void secondCategoryFollowsTheFilesBlockListStyle(FxRobot robot) {
        h.load("---\ntitle: Blocks\ncategory: blog\ntags:\n  - one\n---\nBody\n");
        robot.clickOn("#fm-category-input").write("news").type(KeyCode.ENTER);
        assertThat(h.text()).isEqualTo("---\ntitle: Blocks\ncategory:\n  - blog\n  - news\ntags:\n  - one\n---\nBody\n");
    }

    @Test
    void dateKeepsTheSeedStyleAndOffset(FxRobot robot) {
        TextField time = find(robot, "#fm-date-time", TextField.class);
        TextField offset = find(robot, "#fm-date-offset", TextField.class);
        assertThat(FormHarness.<String>call(time::getText)).isEqualTo("00:00:00");
        assertThat(FormHarness.<String>call(offset::getText)).isEqualTo("+10:00");
        fx(() -> time.setText("08:30:00"));
        assertThat(h.text()).contains("date: 2022-03-04 08:30:00 +1000\n");
        fx(() -> offset.setText("+05:30"));
        assertThat(h.text()).contains("date: 2022-03-04 08:30:00 +0530\n");
        fx(() -> offset.setText("+05:"));
        assertThat(h.text()).contains("date: 2022-03-04 08:30:00 +0530\n");
        assertThat(call(() -> offset.getPseudoClassStates().toString())).contains("danger");
    }

    @Test
    void nowButtonWritesTheClockInTheFilesStyle(FxRobot robot) {
        fx(() -> h.form.setClock(() -> ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(10))));
        robot.clickOn("#fm-date-now");
        assertThat(h.text()).contains("date: 2024-05-06 07:08:09 +1000\n");
    }

    @Test
    void isoDatesStayIso(FxRobot robot) {
        h.load(FormHarness.fixture("non-ascii.md"));
        TextField time = find(robot, "#fm-date-time", TextField.class);
        fx(() -> time.setText("10:00:00"));
        assertThat(h.text()).contains("date: 2021-05-06T10:00:00+09:00\n");
    }

    @Test
    void brokenYamlMakesTheFormReadOnlyUntilFixed(FxRobot robot) {
        int at = h.text().indexOf("author:");
        fx(() -> h.area.insertText(at, "  bad: [unclosed\n"));
        assertThat(call(() -> h.form.readOnlyProperty().get())).isTrue();
        Label message = find(robot, "#fm-message", Label.class);
        assertThat(FormHarness.<String>call(message::getText)).startsWith("Line ").contains("column");
        assertThat(call(message::isVisible)).isTrue();
        assertThat(call(() -> find(robot, "#fm-title", TextField.class).isDisabled())).isTrue();
        String broken = h.text();
        fx(() -> h.area.deleteText(at, at + "  bad: [unclosed\n".length()));
        assertThat(call(() -> h.form.readOnlyProperty().get())).isFalse();
        assertThat(call(message::isVisible)).isFalse();
        assertThat(call(() -> find(robot, "#fm-title", TextField.class).isDisabled())).isFalse();
        assertThat(broken).contains("bad: [unclosed");
    }

    @Test
    void brokenFixtureShowsLineAndColumn(FxRobot robot) {
        h.load(FormHarness.fixture("broken-yaml.md"));
        FrontMatter fm = Post.parse(FormHarness.fixture("broken-yaml.md")).frontMatter();
        String expected = "Line " + fm.problem().orElseThrow().line() + ", column " + fm.problem().orElseThrow().column();
        assertThat(call(() -> find(robot, "#fm-message", Label.class).getText())).startsWith(expected);
        assertThat(call(() -> h.form.readOnlyProperty().get())).isTrue();
    }

    @Test
    void tomlIsReadOnlyWithANote(FxRobot robot) {
        h.load(FormHarness.fixture("toml.md"));
        assertThat(call(() -> h.form.readOnlyProperty().get())).isTrue();
        assertThat(call(() -> find(robot, "#fm-message", Label.class).getText())).contains("TOML");
        assertThat(call(() -> find(robot, "#fm-title", TextField.class).getText())).isEqualTo("Hugo Style Post");
    }

    @Test
    void jsonFrontMatterIsReadOnlyWithANoteAndItsValues(FxRobot robot) {
        String text = "{\n  \"title\": \"Written in JSON\",\n  \"date\": \"2024-03-02T09:00:00+10:00\",\n"
                + "  \"tags\": [\"hugo\"]\n}\n\nA body after JSON.\n";
        h.load(text);
        assertThat(call(() -> h.form.readOnlyProperty().get())).isTrue();
        assertThat(call(() -> find(robot, "#fm-message", Label.class).getText())).contains("JSON");
        assertThat(call(() -> find(robot, "#fm-title", TextField.class).getText())).isEqualTo("Written in JSON");
        assertThat(h.text()).isEqualTo(text);
    }

    @Test
    void ctrlZInTheEditorUndoesAFormEditInOneStep(FxRobot robot) {
        String before = h.text();
        TextField title = find(robot, "#fm-title", TextField.class);
        fx(() -> title.setText("Another title"));
        assertThat(h.text()).isNotEqualTo(before);
        robot.clickOn(h.area);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(h.text()).isEqualTo(before);
        assertThat(FormHarness.<String>call(title::getText)).isEqualTo("Reading Tide Tables: A Beginner Walkthrough");
    }

    @Test
    void caretInTheBodyStaysOnItsCharacter(FxRobot robot) {
        int body = h.text().indexOf("mostly two numbers");
        fx(() -> h.area.moveTo(body));
        fx(() -> find(robot, "#fm-title", TextField.class).setText("A much, much longer title than before: yes"));
        int caret = call(() -> h.area.getCaretPosition());
        assertThat(h.text().substring(caret)).startsWith("mostly two numbers");
    }

    @Test
    void descriptionCounterAndWarning(FxRobot robot) {
        TextArea description = find(robot, "#fm-description", TextArea.class);
        fx(() -> description.setText("Short."));
        assertThat(h.text()).contains("description: Short.\n---");
        assertThat(call(() -> find(robot, "#fm-description-counter", Label.class).getText())).isEqualTo("6 / 160");
        fx(() -> description.setText("x".repeat(170)));
        assertThat(call(() -> find(robot, "#fm-description-counter", Label.class).getText())).isEqualTo("170 / 160");
        assertThat(call(() -> find(robot, "#fm-problem-description", Label.class).isVisible())).isTrue();
    }

    @Test
    void longTitleWarnsAndMissingTitleIsShown(FxRobot robot) {
        TextField title = find(robot, "#fm-title", TextField.class);
        fx(() -> title.setText("t".repeat(70)));
        Label problem = find(robot, "#fm-problem-title", Label.class);
        assertThat(FormHarness.<String>call(problem::getText)).contains("60");
        fx(() -> title.setText(""));
        assertThat(FormHarness.<String>call(problem::getText)).contains("no title");
        assertThat(h.text()).contains("title: ''");
    }

    @Test
    void layoutAndSlugJoinTheFormWhereTheyBelongWhenFirstUsed(FxRobot robot) {
        // unused: not in the scene at all (no CSS or layout work for hidden fields)
        assertThat(robot.lookup("#fm-layout").tryQuery()).isEmpty();
        assertThat(robot.lookup("#fm-slug").tryQuery()).isEmpty();
        h.load("---\ntitle: T\nlayout: note\nslug: tee\n---\nBody\n");
        javafx.scene.control.ComboBox<?> layout = find(robot, "#fm-layout", javafx.scene.control.ComboBox.class);
        TextField slug = find(robot, "#fm-slug", TextField.class);
        assertThat(call(layout::isVisible)).isTrue();
        assertThat(FormHarness.<Object>call(() -> layout.getValue())).isEqualTo("note");
        assertThat(FormHarness.<String>call(slug::getText)).isEqualTo("tee");
        // between the hero image and the draft switch, and the slug row right below that row
        Node layoutGroup = call(() -> layout.getParent().getParent());
        Node heroRow = call(layoutGroup::getParent);
        assertThat(call(() -> ((javafx.scene.layout.Pane) heroRow).getChildren().indexOf(layoutGroup))).isEqualTo(1);
        Node slugRow = call(() -> slug.getParent().getParent().getParent());
        assertThat(call(() -> {
            var rows = ((javafx.scene.layout.Pane) heroRow.getParent()).getChildren();
            return rows.indexOf(slugRow) - rows.indexOf(heroRow);
        })).isEqualTo(1);
        // unused again: hidden in place, as before (the layout field stays: "note" is now a suggestion)
        h.load("---\ntitle: T\n---\nBody\n");
        assertThat(call(slugRow::isVisible)).isFalse();
        assertThat(call(slugRow::getParent)).isSameAs(call(heroRow::getParent));
    }

    @Test
    void slugFollowsTheTitleUntilEditedByHand(FxRobot robot) {
        h.load("---\ntitle: First Try\nslug: first-try\n---\nBody\n");
        TextField title = find(robot, "#fm-title", TextField.class);
        fx(() -> title.setText("Second Thoughts"));
        assertThat(h.text()).isEqualTo("---\ntitle: Second Thoughts\nslug: second-thoughts\n---\nBody\n");
        fx(() -> find(robot, "#fm-slug", TextField.class).setText("my-own"));
        fx(() -> title.setText("Third"));
        assertThat(h.text()).isEqualTo("---\ntitle: Third\nslug: my-own\n---\nBody\n");
    }

    @Test
    void draftToggleAndOtherKeys(FxRobot robot) {
        h.load("---\ntitle: T\ncomments: true\nweight: 3\n---\nBody\n");
        fx(() -> find(robot, "#fm-draft", CheckBox.class).setSelected(true));
        assertThat(h.text()).isEqualTo("---\ntitle: T\ncomments: true\nweight: 3\ndraft: true\n---\nBody\n");
        fx(() -> find(robot, "#fm-field-weight", TextField.class).setText("4"));
        assertThat(h.text()).contains("weight: 4\n");
        assertThat(call(() -> h.form.frontMatter().get("weight").orElseThrow())).isEqualTo(4L);
        fx(() -> find(robot, "#fm-field-comments", CheckBox.class).setSelected(false));
        assertThat(h.text()).contains("comments: false\n");
        fx(() -> find(robot, "#fm-remove-weight", Button.class).fire());
        assertThat(h.text()).isEqualTo("---\ntitle: T\ncomments: false\ndraft: true\n---\nBody\n");
        fx(() -> {
            find(robot, "#fm-new-key", TextField.class).setText("subtitle");
            find(robot, "#fm-add-key", Button.class).fire();
        });
        assertThat(call(() -> h.form.frontMatter().has("subtitle"))).isTrue();
        fx(() -> find(robot, "#fm-field-subtitle", TextField.class).setText("More"));
        assertThat(h.text()).contains("subtitle: More\n---");
    }

    @Test
    void nestedValuesAreEditedAsYamlAndValidated(FxRobot robot) {
        h.load(FormHarness.fixture("nested.md"));
        String before = h.text();
        TextArea yaml = find(robot, "#fm-yaml-header", TextArea.class);
        assertThat(FormHarness.<String>call(yaml::getText)).isEqualTo("header:\n  image: /assets/header.png\n  caption: \"A caption\"\n");
        fx(() -> yaml.setText("header:\n  image: /assets/header.png\n  caption: [broken\n"));
        fx(() -> find(robot, "#fm-yaml-apply-header", Button.class).fire());
        assertThat(h.text()).isEqualTo(before);
        fx(() -> yaml.setText("header:\n  image: /assets/other.png\n  caption: \"A caption\"\n"));
        fx(() -> find(robot, "#fm-yaml-apply-header", Button.class).fire());
        assertThat(h.text()).isEqualTo(before.replace("/assets/header.png", "/assets/other.png"));
    }

    @Test
    void postWithoutFrontMatterGetsABlockOnFirstEdit(FxRobot robot) {
        String body = FormHarness.fixture("no-fm.md");
        h.load(body);
        fx(() -> find(robot, "#fm-title", TextField.class).setText("Now titled"));
        assertThat(h.text()).isEqualTo("---\ntitle: Now titled\n---\n" + body);
    }

    @Test
    void collapsedShowsOneLineWithTitleAndDate(FxRobot robot) {
        fx(() -> h.form.setCollapsed(true));
        Label summary = find(robot, "#fm-summary", Label.class);
        assertThat(call(summary::isVisible)).isTrue();
        assertThat(FormHarness.<String>call(summary::getText)).contains("Reading Tide Tables");
        assertThat(FormHarness.<String>call(find(robot, "#fm-summary-date", Label.class)::getText))
                .contains("2022-03-04 00:00 +10:00");
        assertThat(call(() -> robot.lookup(".fm-body").query().isVisible())).isFalse();
        robot.clickOn("#fm-toggle");
        assertThat(call(h.form::isCollapsed)).isFalse();
    }
}
