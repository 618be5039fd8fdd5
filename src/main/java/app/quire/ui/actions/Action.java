package app.quire.ui.actions;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * One user command: where it sits in the menus, its label and shortcut, when it is enabled, and what it does.
 * Optional parts: {@code selected} makes it a check item bound to that value, {@code children} makes it a
 * submenu rebuilt each time it opens (Open Recent).
 *
 * @param keys            shortcut, or null
 * @param enabledWhen     null means always enabled
 * @param separatorBefore draw a separator above it in its menu
 */
public record Action(String id, MenuName menu, String label, KeyCombination keys, ObservableBooleanValue enabledWhen,
                     Runnable handler, boolean separatorBefore, ObservableBooleanValue selected,
                     Supplier<List<Action>> children) {

    public static Action of(MenuName menu, String id, String label, String keys, Runnable handler) {
        return new Action(id, menu, label, keys == null ? null : KeyCombination.keyCombination(keys), null, handler,
                false, null, null);
    }

    /** A submenu whose entries are computed when it opens. */
    public static Action submenu(MenuName menu, String id, String label, Supplier<List<Action>> children) {
        return new Action(id, menu, label, null, null, () -> { }, false, null, children);
    }

    public Action enabledWhen(ObservableBooleanValue condition) {
        return new Action(id, menu, label, keys, condition, handler, separatorBefore, selected, children);
    }

    public Action withSeparator() {
        return new Action(id, menu, label, keys, enabledWhen, handler, true, selected, children);
    }

    public Action selectedWhen(ObservableBooleanValue value) {
        return new Action(id, menu, label, keys, enabledWhen, handler, separatorBefore, value, children);
    }

    public boolean isEnabled() {
        return enabledWhen == null || enabledWhen.get();
    }

    /** Runs the handler if the action is enabled. */
    public void run() {
        if (isEnabled()) {
            handler.run();
        }
    }
}
