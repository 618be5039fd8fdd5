/**
 * The front matter form shown above each post's editor: {@link app.quire.ui.frontmatter.FrontMatterForm} and its
 * field views (chips, date, image, YAML per key). The form reads the front matter from the editor's text and
 * writes edits back as minimal, undoable replacements of the front matter lines. {@code HeroImages} and
 * {@code FrontMatterChecks} are JavaFX-free so they can be tested and replaced on their own.
 */
package app.quire.ui.frontmatter;
