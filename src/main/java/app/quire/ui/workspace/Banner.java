package app.quire.ui.workspace;

import java.util.List;

/**
 * A message shown above a document's editor (not a dialog): e.g. "this file is windows-1252" with a
 * "Convert to UTF-8" button, or "this file is read-only". {@code kind} identifies it so it can be replaced.
 */
public record Banner(String kind, String text, List<Button> buttons) {
    public Banner {
        buttons = List.copyOf(buttons);
    }

    /** A button on the banner. */
    public record Button(String label, Runnable action) {
    }
}
