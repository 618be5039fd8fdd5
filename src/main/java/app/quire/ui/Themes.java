package app.quire.ui;

import java.net.URL;
import javafx.application.Application;
import javafx.css.Stylesheet;
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

    /** Held while a theme sheet is given to JavaFX, by the preloading thread or the FX thread. */
    private static final Object LOCK = new Object();
    /** Whether {@link #apply} ran: from then on the preloading thread leaves JavaFX alone. Guarded by LOCK. */
    private static boolean applied;
    /** Set by the app's own launch, before the toolkit starts: only then may the preloaded sheet be registered. */
    private static volatile boolean launching;

    /**
     * Allows {@link #preloadLight} to register the sheet: called by {@code QuireApp.launchWith} before the toolkit
     * starts. Without it (a test that touches QuireApp with the toolkit already running and windows open) the
     * preloaded sheet is dropped, so no window is restyled from a background thread.
     */
    static void allowPreloadedSheet() {
        launching = true;
    }

    /**
     * Start-up, on a background thread while the toolkit starts (decision 0166): reads the light theme's binary
     * stylesheet and registers it as JavaFX's user-agent sheet under its URL. Registering sorts the sheet's
     * ~1,100 rules for matching; both steps took 25-40 ms of the FX thread's start before. The FX thread's
     * {@code Application.setUserAgentStylesheet} with the same URL then finds it and keeps it. Internal API
     * ({@code StyleManager}, reachable because the JavaFX jars are on the class path); nothing happens once
     * {@link #apply} has run, and a dark theme simply replaces it there.
     */
    static void preloadLight() throws java.io.IOException {
        URL css = Themes.class.getResource(LIGHT);
        if (css == null) {
            return;
        }
        Stylesheet sheet = Stylesheet.loadBinary(css);
        synchronized (LOCK) {
            if (launching && !applied && sheet != null && Application.getUserAgentStylesheet() == null) {
                com.sun.javafx.css.StyleManager.getInstance().setDefaultUserAgentStylesheet(sheet);
            }
        }
    }

    static void apply(Scene scene, boolean dark) {
        URL css = Themes.class.getResource(dark ? DARK : LIGHT);
        String wanted = css != null ? css.toExternalForm() : Application.STYLESHEET_MODENA;
        synchronized (LOCK) {
            applied = true;
            // Setting the same sheet again would make JavaFX re-read it; QuireApp sets it before any control.
            if (!wanted.equals(Application.getUserAgentStylesheet())) {
                Application.setUserAgentStylesheet(wanted);
            }
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
