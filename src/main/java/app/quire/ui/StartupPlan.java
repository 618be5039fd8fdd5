package app.quire.ui;

import app.quire.sample.SampleBlogInstaller;
import app.quire.site.Site;
import app.quire.ui.settings.AppDirs;
import app.quire.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What to open at start-up: the path given on the command line (a post or a blog folder), else the last session,
 * else the sample blog (installed into the data folder on first start) with its newest post. JavaFX-free; runs
 * before the window exists.
 *
 * @param folder   blog folder for the post list, or null
 * @param files    posts to open, in tab order
 * @param current  the post to select, or null
 * @param problems plain sentences to show once the window is up
 */
public record StartupPlan(Path folder, List<Path> files, Path current, List<String> problems) {
    private static final System.Logger LOG = System.getLogger(StartupPlan.class.getName());

    public static StartupPlan decide(List<String> args, Settings settings, AppDirs dirs) {
        List<String> problems = new ArrayList<>();
        List<Path> given = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            Path p;
            try {
                p = Path.of(a).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                problems.add("\"" + a + "\" is not a path Quire can open.");
                continue;
            }
            if (Files.isDirectory(p) || Files.isRegularFile(p)) {
                given.add(p);
            } else {
                problems.add("There is no file or folder at " + p + ".");
            }
        }
        if (!given.isEmpty()) {
            // every post named opens (the first one current); a folder named is the blog, else the first post's
            List<Path> posts = given.stream().filter(Files::isRegularFile).distinct().collect(Collectors.toList());
            Optional<Path> folder = given.stream().filter(Files::isDirectory).findFirst();
            if (posts.isEmpty()) {
                return folderWithNewest(folder.orElseThrow(), problems);
            }
            return new StartupPlan(folder.or(() -> Site.findRoot(posts.get(0))).orElse(null), posts, posts.get(0),
                    problems);
        }
        if (!problems.isEmpty()) {
            problems.set(problems.size() - 1, problems.get(problems.size() - 1)
                    + " Quire opened your last session instead.");
        }
        Optional<Path> lastFolder = settings.lastFolder().filter(Files::isDirectory);
        List<Path> lastFiles = settings.openFiles().stream().filter(Files::isRegularFile)
                .collect(Collectors.toList());
        if (lastFolder.isPresent() || !lastFiles.isEmpty()) {
            Path current = settings.currentFile().filter(lastFiles::contains)
                    .orElse(lastFiles.isEmpty() ? null : lastFiles.get(lastFiles.size() - 1));
            return new StartupPlan(lastFolder.orElse(null), lastFiles, current, problems);
        }
        try {
            SampleBlogInstaller.Result r = SampleBlogInstaller.install(dirs.sampleBlogDir());
            return folderWithNewest(r.folder(), problems);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not install the sample blog", e);
            problems.add("Quire could not set up its sample blog in " + dirs.sampleBlogDir()
                    + ". You can still open your own posts with File > Open.");
            return new StartupPlan(null, List.of(), null, problems);
        }
    }

    private static StartupPlan folderWithNewest(Path folder, List<String> problems) {
        try {
            Optional<Path> newest = app.quire.post.schema.BlogPosts.newest(folder);
            return new StartupPlan(folder, newest.map(List::of).orElse(List.of()), newest.orElse(null), problems);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list the posts of " + folder, e);
            return new StartupPlan(folder, List.of(), null, problems);
        }
    }
}
