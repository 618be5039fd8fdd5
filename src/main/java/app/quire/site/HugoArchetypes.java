package app.quire.site;

import app.quire.post.FrontMatter;
import app.quire.post.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new Hugo post from the site's archetype ({@code archetypes/SECTION.md}, else {@code archetypes/default.md}),
 * as {@code hugo new} would make it (decision 0230). Archetypes are Go templates; the expressions that
 * archetypes commonly hold are filled in: the title ({@code {{ replace .Name "-" " " | title }}} and its
 * variants, given the title the writer typed), {@code {{ .Date }}}, {@code {{ .Name }}} and
 * {@code {{ .File.ContentBaseName }}} (the file's slug). An archetype with any other expression, or whose front
 * matter does not read back with the title and date, is not used (empty): the blog's schema makes the post.
 */
public final class HugoArchetypes {
    private static final System.Logger LOG = System.getLogger(HugoArchetypes.class.getName());
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?\\}\\}", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile(
            "(?:replace\\s+)?\\.(?:Name|File\\.ContentBaseName|File\\.TranslationBaseName)"
                    + "(?:\\s+\"-\"\\s+\" \")?(?:\\s*\\|\\s*humanize)?\\s*\\|\\s*title");
    private static final Pattern SLUG = Pattern.compile("\\.(?:Name|File\\.ContentBaseName|File\\.TranslationBaseName)");
    private static final long MAX_BYTES = 64 * 1024;

    private HugoArchetypes() {
    }

    /** The new post's whole text from the archetype for posts in {@code folder}, or empty when none applies. */
    public static Optional<String> newPost(Site site, Path folder, String title, String slug, ZonedDateTime when,
            boolean draft) {
        Path archetypes = site.root().resolve("archetypes");
        Path content = site.root().resolve("content");
        String section = folder.startsWith(content) && !folder.equals(content)
                ? content.relativize(folder).getName(0).toString() : "";
        for (String name : section.isEmpty() ? new String[] {"default.md"}
                : new String[] {section + ".md", "default.md"}) {
            Path file = archetypes.resolve(name);
            try {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= MAX_BYTES) {
                    return render(Files.readString(file, StandardCharsets.UTF_8), title, slug, when, draft);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "archetype " + file + " not used", e);
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The archetype's text filled in, or empty when it holds expressions Quire does not fill in. */
    static Optional<String> render(String archetype, String title, String slug, ZonedDateTime when, boolean draft) {
        String date = when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String titleMark = "QUIRE-TITLE-" + Long.toHexString(System.nanoTime());
        Matcher m = EXPRESSION.matcher(archetype);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String expr = m.group(1);
            String value;
            if (expr.equals(".Date")) {
                value = date;
            } else if (TITLE.matcher(expr).matches()) {
                value = titleMark;
            } else if (SLUG.matcher(expr).matches()) {
                value = slug;
            } else {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String text = out.toString();
        Post post = Post.parse(text);
        FrontMatter fm = post.frontMatter();
        if (fm.kind() == FrontMatter.Kind.YAML && fm.editable()) {
            fm = fm.withTitle(title);
            if (draft || fm.has("draft")) {
                fm = fm.withDraft(draft);
            }
            if (!fm.has("date")) {
                return Optional.empty();
            }
            return Optional.of(fm.block() + post.body());
        }
        if (fm.kind() == FrontMatter.Kind.TOML) {
            // read-only for the form: the title goes into its string as TOML writes one, then read back
            String block = post.frontMatterBlock();
            String filled = block.replace("\"" + titleMark + "\"", tomlString(title))
                    .replace("'" + titleMark + "'", tomlString(title)).replace(titleMark, tomlString(title));
            filled = filled.replaceFirst("(?m)^(\\s*draft\\s*=\\s*)(true|false)\\s*$", "$1" + draft);
            FrontMatter read = Post.parse(filled + post.body()).frontMatter();
            if (!read.title().orElse("").equals(title) || read.get("date").isEmpty()
                    || read.draft().orElse(false) != draft) {
                return Optional.empty();
            }
            return Optional.of(filled + post.body());
        }
        return Optional.empty();
    }

    /** A TOML basic string: JSON's string escapes are TOML's too. */
    private static String tomlString(String s) {
        return JekyllFilters.json(s, new StringBuilder()).toString();
    }
}
