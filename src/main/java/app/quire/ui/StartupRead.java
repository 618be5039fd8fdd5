package app.quire.ui;

import app.quire.post.PostFile;
import app.quire.safety.RecoveryStore;
import app.quire.safety.Session;
import app.quire.ui.recovery.Safety;
import app.quire.ui.settings.AppDirs;
import app.quire.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Everything the window needs from disk before it is built: settings, the session, pending recoveries, the start-up
 * plan and the posts to open. JavaFX-free, so {@link QuireApp#launchWith} starts reading on a background thread
 * while the toolkit starts (docs/decisions/0161), and {@code QuireApp.init} only waits for the result.
 */
record StartupRead(AppDirs dirs, Settings settings, Safety safety, Session session,
        List<RecoveryStore.Recoverable> recoverable, StartupPlan plan, List<PostFile> loaded, List<String> problems) {
    private static final System.Logger LOG = System.getLogger(StartupRead.class.getName());

    /** Reads it all on a daemon thread of its own. */
    static CompletableFuture<StartupRead> start(List<String> args) {
        CompletableFuture<StartupRead> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(read(args));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "quire-startup-read");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Reads it all on this thread. */
    static StartupRead read(List<String> args) {
        AppDirs dirs = AppDirs.fromEnvironment();
        Settings settings = Settings.load(dirs.settingsFile());
        Safety safety = Safety.fromEnvironment();
        Session session = safety.session().load();
        if (!session.tabs().isEmpty()) {
            // The session file is the one store for open tabs (docs/decisions/0103); settings only fill in when
            // an older Quire wrote the tabs there.
            List<Path> files = new ArrayList<>();
            session.tabs().forEach(t -> files.add(t.file()));
            settings.setOpenFiles(files);
            settings.setCurrentFile(session.currentTab() >= 0 ? files.get(session.currentTab()) : null);
        }
        List<RecoveryStore.Recoverable> recoverable = safety.recovery().pending();
        StartupPlan plan = StartupPlan.decide(args, settings, dirs);
        List<String> problems = new ArrayList<>(plan.problems());
        List<PostFile> loaded = new ArrayList<>();
        for (Path f : plan.files()) {
            try {
                loaded.add(PostFile.open(f, PostFile.Decoding.DETECT));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not open " + f, e);
                problems.add("Quire could not open " + f + ". It may have been moved or is not readable.");
            }
        }
        return new StartupRead(dirs, settings, safety, session, recoverable, plan, loaded, problems);
    }
}
