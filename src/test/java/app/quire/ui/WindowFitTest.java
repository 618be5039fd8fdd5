package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.safety.Session;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window fits the screen it opens on (plain JUnit: Rectangle2D needs no toolkit). */
class WindowFitTest {
    private static final Rectangle2D BIG = new Rectangle2D(0, 0, 2560, 1440);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1280, 720);

    @Test
    void aNewWindowIsTheDefaultSizeWhereThereIsRoomAndFitsASmallScreen() {
        assertThat(WindowFit.sceneSize(BIG)).containsExactly(1280, 760);
        double[] small = WindowFit.sceneSize(SMALL);
        assertThat(small[0]).isEqualTo(1280);
        assertThat(small[1] + WindowFit.DECORATION).isLessThanOrEqualTo(720);
    }

    @Test
    void aRememberedWindowIsKeptOnItsScreenAndBroughtBackFromAMissingOne() {
        Session.Bounds inside = new Session.Bounds(100, 50, 1200, 700);
        assertThat(WindowFit.fit(inside, List.of(BIG), BIG)).isEqualTo(inside);

        Rectangle2D right = new Rectangle2D(2560, 0, 1920, 1080);
        Session.Bounds onRight = new Session.Bounds(2700, 100, 1400, 900);
        assertThat(WindowFit.fit(onRight, List.of(BIG, right), BIG)).isEqualTo(onRight);
        // that monitor is gone: the window comes back to the primary screen, whole
        assertThat(WindowFit.fit(onRight, List.of(SMALL), SMALL)).isEqualTo(new Session.Bounds(0, 0, 1280, 720));
        // bigger than the screen: shrunk to it and moved so all of it shows
        assertThat(WindowFit.fit(new Session.Bounds(200, 100, 2000, 1000), List.of(SMALL), SMALL))
                .isEqualTo(new Session.Bounds(0, 0, 1280, 720));
    }
}
