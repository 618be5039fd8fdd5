/**
 * The open-documents model of the desktop app: the blog folder, the open posts (one {@link
 * app.quire.ui.workspace.DocumentModel} each, with its editor and preview), the current one, view mode and theme.
 * Views bind to these; commands change them.
 */
package app.quire.ui.workspace;
