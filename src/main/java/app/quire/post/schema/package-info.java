/**
 * What front matter a blog uses, without JavaFX: {@link app.quire.post.schema.SchemaInference} scans a blog's posts
 * (front matter blocks only, in parallel) for keys, types, the date style and vocabularies;
 * {@link app.quire.post.schema.ExplicitSchema} reads the {@code quire:} section of {@code _config.yml} or
 * {@code quire.yaml}; {@link app.quire.post.schema.FrontMatterSchema} is the merged, immutable result the form uses.
 */
package app.quire.post.schema;
