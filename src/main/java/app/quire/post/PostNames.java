package app.quire.post;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File names of posts: Jekyll's {@code YYYY-MM-DD-slug.md} and plain {@code slug.md}. */
public final class PostNames {
    private static final Pattern JEKYLL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+?)(\\.[A-Za-z0-9]+)?");

    /** A Jekyll post name taken apart. */
    public record JekyllName(LocalDate date, String slug) {
    }

    private PostNames() {
    }

    /** {@code 2021-12-10-aws-serverless-badge.md} from a date and a title. */
    public static String jekyllFileName(LocalDate date, String title) {
        return date + "-" + Slug.of(title) + ".md";
    }

    /** {@code aws-serverless-badge.md} from a title. */
    public static String plainFileName(String title) {
        return Slug.of(title) + ".md";
    }

    /** The date and slug of a Jekyll post file name (with or without extension), or empty. */
    public static Optional<JekyllName> parseJekyll(String fileName) {
        Matcher m = JEKYLL.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JekyllName(LocalDate.parse(m.group(1)), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The file name without its last extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
