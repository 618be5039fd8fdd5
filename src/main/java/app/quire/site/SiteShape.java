package app.quire.site;

/** Which generator a blog folder is laid out for; decides post locations, URLs and static files. */
public enum SiteShape {
    /** {@code _config.yml}, {@code _posts/}, {@code _drafts/}. */
    JEKYLL,
    /** {@code hugo.toml|yaml|json} or {@code config.*}, {@code content/}, {@code static/}. */
    HUGO,
    /** Markdown files in a folder, optionally a {@code quire.yaml}. */
    PLAIN
}
