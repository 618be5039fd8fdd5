/**
 * Blog > Export Site…: {@link app.quire.ui.export.ExportPane} (output folder, options, progress with Cancel,
 * the problem report, Open in Browser) in the non-modal {@link app.quire.ui.export.ExportDialog}. The export
 * itself is {@link app.quire.site.SiteExporter}, run on its own background thread.
 */
package app.quire.ui.export;
