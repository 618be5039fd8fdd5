/**
 * The {@code quire} command line (picocli): {@link app.quire.cli.QuireCli} and one class per sub-command
 * (render, fm, check, new). A thin layer over the post/ and markdown/ services with explicit exit codes
 * (0 fine, 1 problems found, 2 bad usage or unreadable input). No JavaFX here.
 */
package app.quire.cli;
