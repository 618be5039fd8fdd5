package app.quire.ui.workspace;

/** What the centre of the window shows for the current post. */
public enum ViewMode {
    BOTH, EDITOR_ONLY, PREVIEW_ONLY
}
