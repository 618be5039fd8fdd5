package app.quire.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > User Guide: the bundled guide renders with its screenshots, and its links go where they should. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    private HelpWindow help;
    private final List<String> external = new ArrayList<>();

    @Start
    void start(Stage stage) {
        help = new HelpWindow(external::add);
        stage.setScene(new Scene(help.node(), 900, 700));
        stage.show();
    }

    private void waitLoaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> help.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object js(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> help.engine().executeScript(script)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theGuideOpensWithItsPicturesAndFollowsItsLinks(FxRobot robot) throws Exception {
        robot.interact(() -> assertThat(help.open(HelpWindow.HOME)).isTrue());
        waitLoaded(robot);
        assertThat((String) js("document.querySelector('h1').textContent")).isNotBlank();
        // every picture of the page comes from inside the app
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(js(
                "Array.prototype.every.call(document.images, function(i){return i.complete && i.naturalWidth > 0;})"
                        + " && document.images.length > 0")));

        // a click on a link to another guide page opens it here
        js("var a = Array.prototype.find.call(document.querySelectorAll('a'), function(x){"
                + "return x.getAttribute('href') === 'writing.md';}); a.click();");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "writing.md".equals(help.page()));
        waitLoaded(robot);
        assertThat((String) js("document.body.textContent")).contains("Preferences");

        robot.interact(() -> help.follow("https://example.org/x"));
        assertThat(external).containsExactly("https://example.org/x");
        robot.interact(() -> help.follow("../images.md"));
        assertThat(help.status()).contains("docs/images.md").contains("developer documentation");
        assertThat(help.page()).isEqualTo("writing.md");
        robot.interact(() -> assertThat(help.open("../../etc/passwd")).isFalse());
        assertThat(help.page()).isEqualTo("writing.md");
        robot.clickOn("#help-back");
        assertThat(help.page()).isEqualTo(HelpWindow.HOME);
        assertThat(robot.lookup("#help-back").queryButton().isDisabled()).isTrue();
        robot.interact(() -> help.follow("images.md#remote-images-and-the-media-window"));
        robot.clickOn("#help-contents");
        assertThat(help.page()).isEqualTo(HelpWindow.HOME);
    }
}
