package app.quire.site;

import app.quire.post.SiteConfigYaml;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A blog folder: its shape (Jekyll, Hugo, plain), its config and where its posts and static files live.
 * Opening never throws for a bad config: problems are kept in {@link #problems()} and defaults used.
 */
public final class Site {
    private static final List<String> HUGO_CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");
    private static final List<String> JEKYLL_CONFIGS = List.of("_config.yml", "_config.yaml");
    private static final List<String> OTHER_MARKERS = List.of("_config.toml", "quire.yaml", "quire.yml");

    private final Path root;
    private final SiteShape shape;
    private final SiteConfig config;
    private final String configFile;
    private final List<String> configFiles;
    private final List<Problem> problems;
    private volatile List<HugoTaxonomies.Taxonomy> taxonomies;

    private Site(Path root, SiteShape shape, SiteConfig config, String configFile, List<String> configFiles,
            List<Problem> problems) {
        this.root = root;
        this.shape = shape;
        this.config = config;
        this.configFile = configFile;
        this.configFiles = configFiles;
        this.problems = List.copyOf(problems);
    }

    /** Detects the folder's shape and reads its config. */
    public static Site open(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + folder);
        }
        List<Problem> problems = new ArrayList<>();
        Path jekyllConfig = first(root, JEKYLL_CONFIGS);
        Path hugoConfig = first(root, HUGO_CONFIGS);
        boolean hugoNamed = HUGO_CONFIGS.subList(0, 4).stream().anyMatch(n -> Files.isRegularFile(root.resolve(n)));
        SiteShape shape;
        Path configPath;
        if (jekyllConfig != null || Files.isDirectory(root.resolve("_posts"))) {
            shape = SiteShape.JEKYLL;
            configPath = jekyllConfig;
        } else if (hugoConfig != null && (hugoNamed || Files.isDirectory(root.resolve("content")))
                || HugoConfigDir.exists(root)) {
            shape = SiteShape.HUGO;
            configPath = hugoConfig;
        } else {
            shape = SiteShape.PLAIN;
            configPath = first(root, List.of("quire.yaml", "quire.yml"));
        }
        String configName = configPath == null ? "" : root.relativize(configPath).toString();
        Map<String, Object> map = Map.of();
        if (configPath != null) {
            String text;
            try {
                text = SiteConfigYaml.readText(configPath);
            } catch (CharacterCodingException e) {
                // not UTF-8 (Latin-1, UTF-16...): the defaults are used, as for a config with a YAML error
                problems.add(Problem.error(configName, 1, 1, "not valid UTF-8 text; the config is ignored "
                        + "(convert it to UTF-8, e.g. iconv -f windows-1252 -t utf-8)"));
                text = "";
            }
            String name = configPath.getFileName().toString();
            if (name.endsWith(".toml")) {
                SimpleToml toml = SimpleToml.parse(text);
                for (int line : toml.skippedLines()) {
                    problems.add(Problem.warning(configName, line, 1, "TOML construct not read by Quire; line ignored"));
                }
                map = toml.asMap();
            } else {
                map = YamlReader.readMap(text, configName, 0, problems); // JSON is read as YAML
            }
        }
        List<String> configFiles = configName.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(configName));
        if (shape == SiteShape.HUGO && HugoConfigDir.exists(root)) {
            // config/_default/ and config/production/ over the root file (decision 0250)
            HugoConfigDir.Loaded dir = HugoConfigDir.load(root, map, problems);
            map = dir.map();
            configFiles.addAll(dir.files());
            if (configName.isEmpty() && !dir.files().isEmpty()) {
                configName = dir.files().get(0);
            }
        }
        SiteConfig config = SiteConfig.from(shape, map, problems, configName);
        return new Site(root, shape, config, configName, List.copyOf(configFiles), problems);
    }

    /**
     * The blog folder a file or folder belongs to: the nearest folder at or above it holding a site
     * configuration file (Jekyll's {@code _config.*}, Hugo's {@code hugo.*}/{@code config.*}, {@code quire.yaml}).
     */
    public static Optional<Path> findRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            if (first(dir, JEKYLL_CONFIGS) != null || first(dir, HUGO_CONFIGS) != null
                    || first(dir, OTHER_MARKERS) != null || HugoConfigDir.exists(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Path first(Path root, List<String> names) {
        for (String n : names) {
            Path p = root.resolve(n);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    public Path root() {
        return root;
    }

    public SiteShape shape() {
        return shape;
    }

    public SiteConfig config() {
        return config;
    }

    /** A Hugo site's taxonomies (its {@code [taxonomies]} table, or categories and tags); read once. */
    List<HugoTaxonomies.Taxonomy> hugoTaxonomies() {
        List<HugoTaxonomies.Taxonomy> t = taxonomies;
        if (t == null) {
            t = HugoTaxonomies.of(config);
            taxonomies = t;
        }
        return t;
    }

    /** The config file relative to the root, or "" when the site has none. */
    public String configFile() {
        return configFile;
    }

    /**
     * Every config file read, relative to the root, in the order they were merged: the config file, then a Hugo
     * site's {@code config/_default/} and {@code config/production/} files (decision 0250). Empty without any.
     */
    public List<String> configFiles() {
        return configFiles;
    }

    /** The bytes of every config file, each after its name: what a change of the site's settings changes. */
    byte[] configBytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String f : configFiles) {
            out.writeBytes((f + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try {
                out.writeBytes(Files.readAllBytes(root.resolve(f)));
            } catch (IOException e) {
                out.writeBytes(("unreadable: " + e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write(0);
        }
        return out.toByteArray();
    }

    /** Problems found reading the config. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * True when the site's Markdown renderer leaves raw HTML out: a Hugo site whose config does not set
     * {@code markup.goldmark.renderer.unsafe} to true (Hugo's default, decision 0235). Jekyll and plain sites keep it.
     */
    public boolean omitsRawHtml() {
        return shape == SiteShape.HUGO && !SiteConfig.isTrue(SiteConfig.lookup(config.raw(),
                "markup", "goldmark", "renderer", "unsafe"));
    }

    /** Folder with the site's own theme overrides ({@code _quire/}); see docs/export.md. */
    public Path themeFolder() {
        return root.resolve("_quire");
    }
}
