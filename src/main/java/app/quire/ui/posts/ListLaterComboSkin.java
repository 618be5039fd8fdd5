package app.quire.ui.posts;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box skin whose drop-down list joins the scene only when the list is first shown (decision 0164).
 * The stock skin keeps the list (a ListView with its virtual flow, scroll bars and a cell: ~24 nodes) among
 * the combo box's children from the start, unmanaged and invisible, only so that CSS is applied to it before
 * the first drop-down; in a window with several combo boxes that is a fifth of the first frame's CSS work.
 * Here the list is put there just before the first drop-down, which then behaves as with the stock skin.
 * Only for combo boxes with a set preferred width: the stock skin's computed width asks the list for its
 * width, which differs without CSS.
 */
final class ListLaterComboSkin<T> extends ComboBoxListViewSkin<T> {

    ListLaterComboSkin(ComboBox<T> box) {
        super(box);
        getChildren().remove(getPopupContent());
    }

    @Override
    public void show() {
        Node list = getPopupContent();
        if (list.getParent() == null) {
            // As the stock skin has it before its first drop-down: styled, among the combo box's children.
            getChildren().add(list);
            list.applyCss();
        }
        super.show();
    }
}
