package app.quire.ui;

import app.quire.cli.QuireCli;

/**
 * Plain entry point (not an {@code Application}, so a class-path launch finds JavaFX).
 * A sub-command or an option runs the CLI without touching JavaFX; anything else starts the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (QuireCli.wantsCli(args)) {
            System.exit(QuireCli.run(args));
        }
        PrismChoice.apply();
        QuireApp.launchWith(args);
    }
}
