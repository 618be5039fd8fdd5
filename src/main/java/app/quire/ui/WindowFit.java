package app.quire.ui;

import app.quire.safety.Session;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Window sizes that fit the screen: the first window's default (1280x760 where there is room, less on a small
 * screen such as 1280x720, so the status bar is never below the screen's edge), and a remembered window put back
 * on a screen that still exists (a monitor unplugged since) and no larger than it.
 */
final class WindowFit {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 760;
    /** Room left for the window manager's title bar below the usable screen height. */
    static final double DECORATION = 32;

    private WindowFit() {
    }

    /** The scene size of a new window on a screen with these usable bounds. */
    static double[] sceneSize(Rectangle2D screen) {
        return new double[] {Math.min(DEFAULT_WIDTH, screen.getWidth()),
            Math.max(300, Math.min(DEFAULT_HEIGHT, screen.getHeight() - DECORATION))};
    }

    /**
     * The remembered bounds, kept when the window's top-left area is on one of the screens, else moved to the
     * primary screen's corner; either way no wider or taller than the screen it lands on.
     */
    static Session.Bounds fit(Session.Bounds b, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D on = screens.stream().filter(s -> s.contains(b.x() + 40, b.y() + 10)).findFirst().orElse(null);
        double x = b.x();
        double y = b.y();
        if (on == null) {
            on = primary;
            x = primary.getMinX();
            y = primary.getMinY();
        }
        double w = Math.min(b.width(), on.getWidth());
        double h = Math.min(b.height(), on.getHeight());
        x = Math.max(on.getMinX(), Math.min(x, on.getMaxX() - w));
        y = Math.max(on.getMinY(), Math.min(y, on.getMaxY() - h));
        return new Session.Bounds(x, y, w, h);
    }
}
