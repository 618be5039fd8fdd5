/**
 * A blog folder as a whole and its export to static HTML: {@link app.quire.site.Site} (Jekyll-, Hugo- or
 * plain-shaped folder), {@link app.quire.site.SiteConfig}, {@link app.quire.site.PostIndex},
 * {@link app.quire.site.SiteExporter} with its {@link app.quire.site.ExportReport}, permalinks, the built-in
 * Liquid theme, the Atom feed and the sitemap, and what makes repeat exports cheap: the manifest of outputs
 * ({@code ExportManifest}) and the index cache of sources ({@code IndexCache}), both kept in OUT. For the app:
 * {@link app.quire.site.PreviewLiquid} (a post's Liquid rendered for the preview as the export renders it) and
 * {@link app.quire.site.LocalSiteServer} (an exported folder served on 127.0.0.1 for the browser).
 * No JavaFX here: the CLI and the app both use these classes.
 */
package app.quire.site;
