package app.quire.cli;

import app.quire.markdown.ArticleHeaderHtml;
import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.RenderContext;
import app.quire.post.Post;
import app.quire.post.PostFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quire render FILE... [-o DIR] [--standalone]}: the HTML of posts. */
@Command(exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:fine", "1:problems found",
            "2:bad usage, unreadable input, or the command could not do what was asked"},
        name = "render", mixinStandardHelpOptions = true,
        description = {"Render posts to HTML: one file to standard output, several (or -o) to DIR/<name>.html."})
final class RenderCommand implements Callable<Integer> {
    static final String CSS_RESOURCE = "/app/quire/markdown/article.css";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Markdown post files.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write DIR/<name>.html for each post.")
    Path outDir;

    @Option(names = "--standalone", description = "A full HTML5 page with the article header and inlined CSS.")
    boolean standalone;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.size() > 1 && outDir == null) {
            throw new ParameterException(spec.commandLine(), "several files need -o DIR");
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        int exit = QuireCli.OK;
        Set<Path> inputs = new HashSet<>();
        for (Path file : files) {
            inputs.add(real(file));
        }
        Map<Path, Path> written = new HashMap<>();
        for (Path file : files) {
            String html;
            try {
                html = render(PostFile.open(file).post());
            } catch (IOException e) {
                err.println("quire render: " + QuireCli.message(e));
                exit = QuireCli.USAGE;
                continue;
            }
            if (outDir == null) {
                out.print(html);
                out.flush();
            } else {
                Path target = outDir.resolve(stem(file.getFileName().toString()) + ".html");
                Path key = real(target);
                if (inputs.contains(key)) {
                    // e.g. a Jekyll post written as .html rendered into its own folder: never replace an input
                    err.println("quire render: " + target + " is one of the input files; not overwritten (choose "
                            + "another -o DIR)");
                    exit = QuireCli.USAGE;
                    continue;
                }
                Path earlier = written.putIfAbsent(key, file);
                if (earlier != null) {
                    err.println("quire render: " + file + " and " + earlier + " would both be written to " + target
                            + "; " + file + " skipped");
                    exit = QuireCli.USAGE;
                    continue;
                }
                Files.writeString(target, html, StandardCharsets.UTF_8);
            }
        }
        err.flush();
        return exit;
    }

    String render(Post post) throws IOException {
        String body = MarkdownRenderer.shared().toHtml(post.body());
        if (!standalone) {
            return body;
        }
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(post.title().orElse("Untitled"))).append("</title>\n");
        String css = css();
        if (!css.isEmpty()) {
            page.append("<style>\n").append(css).append(css.endsWith("\n") ? "" : "\n").append("</style>\n");
        }
        return page.append("</head>\n<body>\n<article class=\"article\">\n")
                .append(ArticleHeaderHtml.render(post, RenderContext.NONE)).append('\n')
                .append(body).append("</article>\n</body>\n</html>\n").toString();
    }

    /** The article CSS from the class path, or "" when the markdown package does not ship one. */
    static String css() throws IOException {
        try (InputStream in = RenderCommand.class.getResourceAsStream(CSS_RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file's real path when it exists, else its normalised absolute path: the same file compares equal. */
    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
