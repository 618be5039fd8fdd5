package app.quire.ui;

import java.net.URL;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark looks: the AtlantaFX Primer user-agent stylesheet plus a "dark" class on the scene root.
 * The stylesheets are loaded straight from the atlantafx-base jar: its classes are Java 21 bytecode and do not
 * load on Java 17, but the CSS files are plain resources (docs/decisions/0051).
 */
final class Themes {
    private static final String LIGHT = "/atlantafx/base/theme/primer-light.bss";
    private static final String DARK = "/atlantafx/base/theme/primer-dark.bss";

    private Themes() {
    }

    /** The light theme's sheet, read once in the background at start-up to warm the stylesheet reader. */
    static URL warmUpSheet() {
        return Themes.class.getResource(LIGHT);
    }

    static void apply(Scene scene, boolean dark) {
        URL css = Themes.class.getResource(dark ? DARK : LIGHT);
        String wanted = css != null ? css.toExternalForm() : Application.STYLESHEET_MODENA;
        // Setting the same sheet again would make JavaFX re-read it; QuireApp sets it before any control exists.
        if (!wanted.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(wanted);
        }
        if (scene != null) {
            var classes = scene.getRoot().getStyleClass();
            classes.remove("dark");
            if (dark) {
                classes.add("dark");
            }
        }
    }
}
