package app.quire.ui.frontmatter;

import static app.quire.ui.frontmatter.FormHarness.call;
import static app.quire.ui.frontmatter.FormHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.schema.FrontMatterSchema;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The form at the widths it gets in the window: about 1,020 px in a 1280-pixel window beside the post list,
 * about 760 px in a 1024-pixel one.
 */
@ExtendWith(ApplicationExtension.class)
class FormNarrowWindowTest {
    private static final String POST = "---\ntitle: Understanding Map Interfaces\nauthor: Jack Walker\n"
            + "date: 2021-10-04 00:00:00 +1000\ncategory: Development\ntags:\n  - accessibility\n---\n\nText.\n";
    private final FormHarness h = new FormHarness();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        h.start(stage, POST, FrontMatterSchema.empty());
    }

    private void width(double w) {
        fx(() -> stage.setWidth(w));
        fx(() -> h.root.layout());
    }

    @Test
    void labelsAreNeverCutShort(FxRobot robot) {
        width(760);
        List<String> clipped = call(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : h.root.lookupAll(".fm-label")) {
                Label l = (Label) n;
                if (l.isVisible() && l.getWidth() + 0.5 < l.prefWidth(-1)) {
                    out.add(l.getText() + " " + l.getWidth() + " < " + l.prefWidth(-1));
                }
            }
            return out;
        });
        assertThat(clipped).isEmpty();
    }

    @Test
    void aLongCategoryKeepsItsInputOnTheSameLine(FxRobot robot) {
        width(1020);
        TextField input = robot.lookup("#fm-category-input").queryAs(TextField.class);
        double chipY = call(() -> robot.lookup(".fm-chip").queryAll().stream()
                .filter(n -> input.getParent().getChildrenUnmodifiable().contains(n)).findFirst()
                .map(n -> n.localToScene(0, 0).getY()).orElseThrow());
        double inputY = call(() -> input.localToScene(0, 0).getY());
        assertThat(Math.abs(inputY - chipY)).isLessThan(input.getHeight() / 2);
    }
}
