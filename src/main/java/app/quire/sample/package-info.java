/**
 * The sample blog bundled in the jar and the installer that copies it into the user's data folder on first start.
 * JavaFX-free.
 */
package app.quire.sample;
