package app.quire.ui;

import app.quire.ui.workspace.DocumentModel;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Undo and redo keys pressed outside any text (on a form button, a chip's remove cross, a checkbox, the post
 * list) act on the post shown: its editor holds every change, the form's included. Text fields and the
 * editor keep their own undo: they consume these keys before the window sees them.
 */
final class UndoOutsideText implements EventHandler<KeyEvent> {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final Supplier<DocumentModel> current;

    private UndoOutsideText(Supplier<DocumentModel> current) {
        this.current = current;
    }

    /** Listens on the window's scene (after its controls, so a text control's own undo comes first). */
    static void install(Scene scene, Supplier<DocumentModel> current) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, new UndoOutsideText(current));
    }

    @Override
    public void handle(KeyEvent e) {
        boolean undo = UNDO.match(e);
        boolean redo = REDO.match(e) || REDO_SHIFT.match(e);
        if (!undo && !redo || e.getTarget() instanceof TextInputControl || e.getCode() == KeyCode.UNDEFINED) {
            return;
        }
        DocumentModel d = current.get();
        if (d == null || d.editor().area().isFocused()) {
            return;
        }
        if (undo && d.editor().area().isUndoAvailable()) {
            d.editor().area().undo();
        } else if (redo && d.editor().area().isRedoAvailable()) {
            d.editor().area().redo();
        }
        e.consume();
    }
}
