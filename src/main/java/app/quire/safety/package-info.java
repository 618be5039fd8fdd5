/**
 * Never losing a word, without JavaFX: {@link app.quire.safety.RecoveryStore} and
 * {@link app.quire.safety.AutosaveScheduler} (unsaved text survives a crash), {@link app.quire.safety.SessionStore}
 * (open tabs, carets, window), {@link app.quire.safety.FileWatcher} and {@link app.quire.safety.ExternalChangePolicy}
 * (edits made by other programs), {@link app.quire.safety.LocalHistory} (previous versions on every save),
 * {@link app.quire.safety.LineDiff} (line diffs for all of them) and {@link app.quire.safety.QuireDirs}
 * (XDG folders). The UI wires these in; nothing here touches a window or the FX thread.
 */
package app.quire.safety;
