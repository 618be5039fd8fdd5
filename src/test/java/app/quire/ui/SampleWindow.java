package app.quire.ui;

import app.quire.sample.SampleBlogInstaller;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.stage.Stage;

/** The real main window on a freshly installed sample blog, its welcome post open, at 1280x760 (screenshots). */
final class SampleWindow {
    private SampleWindow() {
    }

    static MainWindow show(Stage stage, Path folder, Executor background) throws IOException {
        Path blog = SampleBlogInstaller.install(folder.resolve("sample-blog")).folder();
        WorkspaceModel ws = new WorkspaceModel();
        ws.blogFolderProperty().set(blog);
        AppServices services = new AppServices(new Settings(), null, new ScriptedPrompter(), background,
                PreviewPane::new, () -> { });
        MainWindow window = new MainWindow(stage, ws, services);
        window.commands().open(blog.resolve("_posts/2026-03-09-welcome-to-quire.md"));
        window.commands().enablePreviews();
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
        return window;
    }
}
