package app.quire.ui;

import app.quire.post.PostFile;
import app.quire.ui.workspace.DocumentModel;
import org.fxmisc.undo.UndoManager;

/**
 * The text a save writes, taken on the FX thread, with the editor's undo position at that moment. When the write
 * is done, {@link #markWritten} marks the post saved for exactly that text: if the user typed meanwhile, the tab
 * stays modified, and undoing back to the written text shows it as saved again.
 */
final class EditorSnapshot {
    private final String text;
    private final UndoManager.UndoPosition position;

    private EditorSnapshot(String text, UndoManager.UndoPosition position) {
        this.text = text;
        this.position = position;
    }

    /** The editor's text now; the next edit starts a new undo step, so this position stays valid. */
    static EditorSnapshot of(DocumentModel doc) {
        UndoManager<?> undo = doc.editor().area().getUndoManager();
        undo.preventMerge();
        return new EditorSnapshot(doc.editor().text(), undo.getCurrentPosition());
    }

    String text() {
        return text;
    }

    /**
     * The file now holds this snapshot's text. Returns true when the editor still shows exactly that text (the
     * post is saved); false when it changed meanwhile (the post stays modified).
     */
    boolean markWritten(DocumentModel doc, PostFile file) {
        if (doc.editor().text().equals(text)) {
            doc.markSaved(file);
            return true;
        }
        doc.fileProperty().set(file);
        doc.refreshEncoding();
        if (position.isValid()) {
            position.mark();
        } else {
            // The written text is no longer a step of the undo history: no undo can make the post clean again.
            doc.markUnsaved();
        }
        return false;
    }
}
