/**
 * Help > User Guide: the guide of docs/guide, bundled in the app at build time, rendered by Quire's own Markdown
 * pipeline in a window of its own (no network, no browser needed).
 */
package app.quire.ui.help;
