/**
 * Posts as text, losslessly: {@link app.quire.post.Post} (front matter + body), {@link app.quire.post.FrontMatter}
 * (keeps the YAML text and patches only the edited key's lines), {@link app.quire.post.PostDates} (Jekyll and Hugo
 * date forms, keeping the author's style), {@link app.quire.post.Slug} / {@link app.quire.post.PostNames} (safe
 * file names) and {@link app.quire.post.PostFile} (UTF-8 read, or legacy encodings detected for the editor;
 * binary/huge files refused; atomic save; read-only and changed-on-disk checks). {@link app.quire.post.SiteConfigYaml}
 * is the one reader of a site's YAML config, for the export (site/) and the front-matter schema alike.
 * No JavaFX here.
 */
package app.quire.post;
