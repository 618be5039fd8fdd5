package app.quire.ui;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the JavaFX toolkit when the test run's launcher session closes, that is after the last test and before
 * the test JVM begins to exit, so WebKit and the FX thread are not still running while the process tears down its
 * native libraries (a few full runs on a loaded machine ended with the test JVM aborting at exit after every test
 * had passed). Registered through META-INF/services; a session closed before any FX test ran finds no FX thread
 * and does nothing.
 */
public final class FxStopAtSessionEnd implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        FxShutdownAtExit.stopToolkit();
    }
}
