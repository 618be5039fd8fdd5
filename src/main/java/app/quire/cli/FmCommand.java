package app.quire.cli;

import app.quire.post.FrontMatter;
import app.quire.post.FrontMatterEditException;
import app.quire.post.Post;
import app.quire.post.PostDate;
import app.quire.post.PostDates;
import app.quire.post.PostFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quire fm FILE [--json] [--set key=value]... [--unset key]...}: show or edit front matter losslessly. */
@Command(exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:fine", "1:problems found",
            "2:bad usage, unreadable input, or the command could not do what was asked"},
        name = "fm", mixinStandardHelpOptions = true,
        description = {"Show a post's front matter, or edit it in place (only the edited keys' lines change).",
            "Values for --set: [a, b] is a list (YAML flow); true/false a boolean; whole numbers a number;",
            "'text' or \"text\" the text inside; anything else is taken as text, verbatim.",
            "date keys must be dates (written in the file's own date style); tags/categories take one",
            "value or a [list]."})
final class FmCommand implements Callable<Integer> {
    private static final Set<String> DATE_KEYS = Set.of("date", "lastmod", "last_modified_at", "updated",
            "publishDate", "expiryDate");
    private static final Set<String> LIST_KEYS = Set.of("tags", "tag", "categories", "category", "keywords");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The post file.")
    Path file;

    @Option(names = "--json", description = "Print JSON instead of key: value lines.")
    boolean json;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a key (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--unset", paramLabel = "KEY", description = "Remove a key (repeatable).")
    List<String> unsets = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PostFile pf = PostFile.open(file);
        Post post = pf.post();
        if (!sets.isEmpty() || !unsets.isEmpty()) {
            return edit(pf, post);
        }
        PrintWriter out = spec.commandLine().getOut();
        FrontMatter fm = post.frontMatter();
        Map<String, Object> typed = typed(fm);
        if (json) {
            out.println(Json.write(typed, 2));
        } else {
            typed.forEach((k, v) -> out.println(k + ": " + text(v)));
        }
        out.flush();
        Optional<String> problem = fm.problem().map(p -> file + ":" + p);
        if (problem.isPresent()) {
            spec.commandLine().getErr().println(problem.get());
            spec.commandLine().getErr().flush();
            return QuireCli.PROBLEMS;
        }
        return QuireCli.OK;
    }

    private int edit(PostFile pf, Post post) throws IOException {
        FrontMatter fm = post.frontMatter();
        try {
            for (String set : sets) {
                int eq = set.indexOf('=');
                if (eq <= 0) {
                    throw new ParameterException(spec.commandLine(), "--set needs KEY=VALUE, got '" + set + "'");
                }
                String key = set.substring(0, eq).strip();
                fm = fm.set(key, value(key, set.substring(eq + 1), fm));
            }
            for (String key : unsets) {
                fm = fm.remove(key);
            }
        } catch (FrontMatterEditException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        Post edited = post.withFrontMatter(fm);
        if (!edited.text().equals(post.text())) {
            pf.save(edited.text());
        }
        return QuireCli.OK;
    }

    /** A command-line value as a front matter value (rules in the command's description and docs/cli.md). */
    Object value(String key, String raw, FrontMatter current) {
        String v = raw.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            try {
                Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(v));
                if (node instanceof SequenceNode) {
                    List<String> items = new ArrayList<>();
                    for (Node item : ((SequenceNode) node).getValue()) {
                        if (!(item instanceof ScalarNode)) {
                            throw new ParameterException(spec.commandLine(), "list items for " + key
                                    + " must be plain values, got " + v);
                        }
                        items.add(((ScalarNode) item).getValue());
                    }
                    return items;
                }
            } catch (YAMLException e) {
                throw new ParameterException(spec.commandLine(), "cannot read list for " + key + ": "
                        + QuireCli.message(e));
            }
        }
        if (DATE_KEYS.contains(key)) {
            return PostDates.parse(v).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "'" + v + "' is not a date (e.g. 2021-12-10 09:30:00 +1000 or 2021-12-10T09:30:00+10:00)"));
        }
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            try {
                Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(v);
                return String.valueOf(parsed);
            } catch (YAMLException e) {
                return v.substring(1, v.length() - 1);
            }
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        if (v.matches("-?\\d{1,18}")) {
            return Long.valueOf(v);
        }
        if (LIST_KEYS.contains(key) && current.get(key).filter(List.class::isInstance).isPresent()) {
            return List.of(raw); // one item into an existing list keeps it a list
        }
        return raw;
    }

    /** The front matter as typed values; dates as ISO 8601 with offset. */
    static Map<String, Object> typed(FrontMatter fm) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fm.values().entrySet()) {
            Object v = e.getValue();
            if (DATE_KEYS.contains(e.getKey()) && v instanceof String) {
                Optional<PostDate> d = PostDates.parse((String) v);
                if (d.isPresent()) {
                    v = d.get().toIso();
                }
            }
            typed.put(e.getKey(), v);
        }
        return typed;
    }

    private static String text(Object v) {
        if (v instanceof List) {
            List<String> items = new ArrayList<>();
            for (Object o : (List<?>) v) {
                items.add(String.valueOf(o));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (v instanceof Map) {
            return Json.write(v, 0);
        }
        return v == null ? "" : QuireCli.oneLine(String.valueOf(v)).equals(String.valueOf(v)) ? String.valueOf(v)
                : Json.quote(String.valueOf(v));
    }
}
