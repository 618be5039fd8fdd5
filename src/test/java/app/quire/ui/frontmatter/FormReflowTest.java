package app.quire.ui.frontmatter;

import static app.quire.ui.frontmatter.FormHarness.call;
import static app.quire.ui.frontmatter.FormHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.schema.FrontMatterSchema;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The form in narrow windows (decisions 0241, 0242): at 800 px, at the 530 px it gets beside the post list in an
 * 800-pixel window and at its narrowest, every field, label and button is inside the form, at least its minimum
 * width (labels their full text) and overlaps no other; rows wrap rather than scroll sideways. In a short window
 * the fields scroll instead of pushing the editor off the window, and Tab brings a field into view.
 */
@ExtendWith(ApplicationExtension.class)
class FormReflowTest {
    /** A post with every main field shown, a long title and a hero path that does not exist (notes under both). */
    private static final String POST = String.join("\n", "---",
            "title: 'Walking the Coastal Track: Notes From Three Days Between Two Lighthouses'",
            "author: a.very.long.author.name", "heroimage: /assets/images/posts/coastal-track-morning-light-panorama.jpg",
            "date: 2021-12-10 00:00:00 +1000", "categories: [walking, coast]", "tags: [lighthouses, maps, weather]",
            "layout: post", "slug: coastal-track", "draft: true",
            "description: Three days on foot between two lighthouses, with the tide tables that decided each start.",
            "---", "", "Text.", "");
    private final FormHarness h = new FormHarness();
    private Stage stage;

    private double[] stageSize;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stageSize = new double[] {stage.getMinWidth(), stage.getMinHeight()};
        h.start(stage, POST, FrontMatterSchema.empty());
    }

    /** The stage is shared by the UI tests: leave it as the harness sized it, with its minimum size. */
    @AfterEach
    void restoreStage() {
        fx(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.setMinWidth(stageSize[0]);
            stage.setMinHeight(stageSize[1]);
        });
    }

    private void size(double w, double height) {
        fx(() -> {
            // the stage is shared by the UI tests: an earlier one may have left a minimum size on it
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(w);
            stage.setHeight(height);
        });
        fx(() -> h.root.layout());
        fx(() -> h.root.layout());
    }

    @Test
    void at800PixelsAndNarrowerEveryFieldIsWholeInsideTheFormAndOverlapsNone() {
        double narrowest = call(() -> h.form.node().minWidth(-1));
        assertThat(narrowest).as("the form's narrowest width: it fits beside the post list at 800 px").isLessThan(530);
        for (double w : new double[] {1280, 800, 530, Math.ceil(narrowest)}) {
            size(w, 800);
            List<String> problems = call(() -> problems(w));
            assertThat(problems).as("form at %s px", w).isEmpty();
        }
    }

    @Test
    void rowsWrapWhenNarrowAndStayOneLineWhenWide() {
        size(1280, 800);
        assertThat(call(() -> top("#fm-date-day") - top("#fm-title"))).isLessThan(5);
        assertThat(call(() -> top("#fm-tag-input") - top("#fm-author"))).isLessThan(5);
        size(530, 800);
        assertThat(call(() -> top("#fm-date-day") - top("#fm-title"))).as("date below title").isGreaterThan(20);
        // the wrapped group's field starts where the first group's field starts
        assertThat(call(() -> left("#fm-date-day") - left("#fm-title"))).isBetween(-1.0, 1.0);
        assertThat(call(() -> h.form.node().lookup(".fm-scroll")).isVisible()).isTrue();
        assertThat(call(() -> ((ScrollPane) h.form.node().lookup(".fm-scroll")).getHbarPolicy()))
                .isEqualTo(ScrollPane.ScrollBarPolicy.NEVER);
    }

    @Test
    void aShortWindowScrollsTheFieldsAndTabBringsAFieldIntoView(FxRobot robot) {
        size(800, 600);
        double formHeight = call(() -> h.form.node().getLayoutBounds().getHeight());
        double sceneHeight = call(() -> h.scene.getHeight());
        assertThat(formHeight).as("the form leaves the editor most of the window").isLessThan(sceneHeight * 0.55);
        ScrollPane scroll = call(() -> (ScrollPane) h.form.node().lookup(".fm-scroll"));
        assertThat(call(() -> scroll.getViewportBounds().getHeight()))
                .isLessThan(call(() -> scroll.getContent().getBoundsInLocal().getHeight()));

        robot.clickOn("#fm-title");
        TextArea description = robot.lookup("#fm-description").queryAs(TextArea.class);
        fx(description::requestFocus);
        fx(() -> h.root.layout());
        Bounds shown = call(() -> scroll.localToScene(scroll.getLayoutBounds()));
        Bounds field = call(() -> description.localToScene(description.getLayoutBounds()));
        assertThat(field.getMinY()).isGreaterThanOrEqualTo(shown.getMinY() - 0.5);
        assertThat(field.getMaxY()).isLessThanOrEqualTo(shown.getMaxY() + 0.5);

        size(1280, 800);
        assertThat(call(() -> scroll.getViewportBounds().getHeight() + 0.5))
                .as("a tall window shows all the fields: no scrolling")
                .isGreaterThanOrEqualTo(call(() -> scroll.getContent().getBoundsInLocal().getHeight()));
    }

    @Test
    void foldedInANarrowWindowTheHeadingAndTheDateStayWhole() {
        fx(() -> h.form.setCollapsed(true));
        size(530, 600);
        for (String id : new String[] {".fm-heading", "#fm-summary-date"}) {
            Labeled l = call(() -> (Labeled) h.form.node().lookup(id));
            assertThat(call(l::getWidth)).as(id).isGreaterThanOrEqualTo(call(() -> l.prefWidth(-1)) - 0.5);
        }
        assertThat(call(() -> ((Labeled) h.form.node().lookup("#fm-summary-date")).getText()))
                .contains("2021-12-10 00:00 +10:00");
        Labeled title = call(() -> (Labeled) h.form.node().lookup("#fm-summary"));
        assertThat(call(title::getWidth)).as("the long title gives way").isLessThan(call(() -> title.prefWidth(-1)));
        fx(() -> h.form.setCollapsed(false));
    }

    private double top(String id) {
        Node n = h.form.node().lookup(id);
        return n.localToScene(n.getLayoutBounds()).getMinY();
    }

    private double left(String id) {
        Node n = h.form.node().lookup(id);
        return n.localToScene(n.getLayoutBounds()).getMinX();
    }

    /** What is wrong with the form's layout at this width, one line per problem. */
    private List<String> problems(double width) {
        Node form = h.form.node();
        Bounds formBounds = form.localToScene(form.getLayoutBounds());
        List<String> out = new ArrayList<>();
        ScrollPane scroll = (ScrollPane) form.lookup(".fm-scroll");
        Node content = scroll.getContent();
        Bounds fields = content.localToScene(content.getLayoutBounds());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        if (fields.getWidth() > scroll.getViewportBounds().getWidth() + 0.5) {
            out.add("fields wider than their view (a sideways scroll): " + fields.getWidth());
        }
        List<Control> controls = new ArrayList<>();
        collect(form.lookup(".fm-fields"), controls);
        assertThat(controls).as("controls found").hasSizeGreaterThan(15);
        if (formBounds.getWidth() > width + 0.5) {
            out.add("form wider than the window: " + formBounds.getWidth());
        }
        List<Bounds> bounds = new ArrayList<>();
        for (Control c : controls) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            bounds.add(b);
            String name = name(c);
            if (b.getMinX() < formBounds.getMinX() - 0.5 || b.getMaxX() > formBounds.getMaxX() + 0.5) {
                out.add(name + " outside the form: " + b);
            }
            // (up and down the fields may scroll: inside the scrolled content, which is never wider than its view)
            if (b.getMinY() < fields.getMinY() - 0.5 || b.getMaxY() > fields.getMaxY() + 0.5
                    || b.getMinX() < view.getMinX() - 0.5 || b.getMaxX() > view.getMaxX() + 0.5) {
                out.add(name + " outside the fields' view: " + b + " " + view);
            }
            if (c.getWidth() + 0.5 < c.minWidth(-1)) {
                out.add(name + " squeezed: " + c.getWidth() + " < min " + c.minWidth(-1));
            }
            double em = javafx.scene.text.Font.getDefault().getSize();
            if ((c instanceof javafx.scene.control.TextInputControl || c instanceof javafx.scene.control.ComboBoxBase)
                    && c.getWidth() < 5 * em) {
                out.add(name + " too narrow to type in: " + c.getWidth());
            }
            if (c instanceof Labeled l && !l.isWrapText() && c.getWidth() + 0.5 < c.prefWidth(-1)) {
                out.add(name + " text cut: " + c.getWidth() + " < " + c.prefWidth(-1));
            }
        }
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds a = bounds.get(i);
                Bounds b = bounds.get(j);
                double dx = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double dy = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (dx > 0.5 && dy > 0.5) {
                    out.add(name(controls.get(i)) + " overlaps " + name(controls.get(j)));
                }
            }
        }
        return out;
    }

    /** The shown controls under a node, not those inside another control (a date picker's own text box). */
    private static void collect(Node n, List<Control> out) {
        if (!n.isVisible() || !n.isManaged()) {
            return;
        }
        if (n instanceof Control c) {
            out.add(c);
            return;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static String name(Control c) {
        String text = c instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return (c.getId() == null ? c.getClass().getSimpleName() : "#" + c.getId()) + text;
    }
}
