package app.quire.ui;

import app.quire.markdown.RenderContext;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.Settings;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the main window needs from outside: settings and where to store them, the prompter for questions,
 * a background executor, how to make a preview, and how to end the app. Tests pass their own.
 *
 * @param settingsFile null to never write settings
 */
public record AppServices(Settings settings, Path settingsFile, Prompter prompter, Executor background,
                          Function<RenderContext, PreviewPane> previews, Runnable exit) {
}
