/**
 * The desktop side of issue #7: {@link app.quire.ui.recovery.Safety} bundles the JavaFX-free services of
 * {@code app.quire.safety} for the window (recovery store, autosave, history, saver, file watcher, session),
 * and {@link app.quire.ui.recovery.RecoveryDialog} asks what to do with text recovered after a crash.
 */
package app.quire.ui.recovery;
