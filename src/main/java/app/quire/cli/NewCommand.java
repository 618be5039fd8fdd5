package app.quire.cli;

import app.quire.post.DateStyle;
import app.quire.post.FrontMatter;
import app.quire.post.PostDate;
import app.quire.post.PostDates;
import app.quire.post.PostFile;
import app.quire.post.PostNames;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quire new --title "..." [--date ...] [--dir DIR] [--draft]}: create a post, never overwriting. */
@Command(exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:fine", "1:problems found",
            "2:bad usage, unreadable input, or the command could not do what was asked"},
        name = "new", mixinStandardHelpOptions = true,
        description = {"Create a post named by the site's convention and print its path.",
            "Jekyll site: DIR (or SITE/_posts)/YYYY-MM-DD-slug.md; otherwise DIR (default: current folder)/slug.md.",
            "Never overwrites: an existing file is an error (exit 2)."})
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true, description = "The post's title.")
    String title;

    @Option(names = "--date", description = "Its date (any Jekyll/Hugo form); default: now, with this machine's offset.")
    String date;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder for the new post.")
    Path dir;

    @Option(names = "--draft", description = "Add draft: true.")
    boolean draft;

    /** The clock for the default date (tests fix it). */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        if (title.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--title must not be empty");
        }
        PostDate when;
        if (date != null) {
            when = PostDates.parse(date).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "'" + date + "' is not a date (e.g. 2021-12-10 09:30:00 +1000 or 2021-12-10)"));
            if (when.style().dateOnly()) {
                when = when.withStyle(DateStyle.DATE_ONLY);
            } else if (when.offset().isPresent()) {
                when = when.withStyle(DateStyle.JEKYLL);
            }
        } else {
            when = PostDate.of(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), DateStyle.JEKYLL);
        }
        Path start = dir != null ? dir : Path.of("").toAbsolutePath();
        Optional<Path> root = SiteLocator.findRoot(start);
        boolean jekyll = root.isPresent() && SiteLocator.shape(root.get()) == SiteLocator.Shape.JEKYLL;
        Path folder = dir;
        if (folder == null) {
            folder = jekyll ? root.get().resolve("_posts") : start;
            if (!jekyll && root.isPresent() && SiteLocator.shape(root.get()) == SiteLocator.Shape.HUGO
                    && Files.isDirectory(root.get().resolve("content/posts"))) {
                folder = root.get().resolve("content/posts");
            }
        }
        Files.createDirectories(folder);
        String name = jekyll ? PostNames.jekyllFileName(when.date(), title) : PostNames.plainFileName(title);
        Path target = folder.resolve(name);
        FrontMatter fm = FrontMatter.parseBlock("").withTitle(title).withDate(when);
        if (draft) {
            fm = fm.withDraft(true);
        }
        String nl = fm.newline();
        String text = fm.block() + nl;
        if (root.isPresent() && SiteLocator.shape(root.get()) == SiteLocator.Shape.HUGO) {
            // the site's own archetype, as hugo new uses it (decision 0230)
            PostDate created = when;
            java.time.ZonedDateTime at = created.offsetDateTime().map(java.time.OffsetDateTime::toZonedDateTime)
                    .orElseGet(() -> created.localDateTime().atZone(java.time.ZoneId.systemDefault()));
            text = app.quire.site.HugoArchetypes.newPost(app.quire.site.Site.open(root.get()), folder, title,
                    app.quire.post.Slug.of(title), at, draft).orElse(text);
        }
        try {
            PostFile.createNew(target, text);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " already exists; choose another title or --dir (nothing was written)", e);
        }
        spec.commandLine().getOut().println(target);
        spec.commandLine().getOut().flush();
        return QuireCli.OK;
    }
}
