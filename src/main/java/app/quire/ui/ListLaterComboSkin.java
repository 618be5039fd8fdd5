package app.quire.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box skin whose drop-down list joins the scene only when it is needed (decision 0164). The stock skin
 * keeps the list (a ListView with its virtual flow, scroll bars and cells: ~24 nodes) among the combo box's
 * children from the start, unmanaged and invisible, so that CSS is applied to it before the first drop-down and
 * the combo box can be as wide as its widest item; with five combo boxes in the first frame that was a fifth of
 * its CSS work. Here the list is put there, and styled, just before the first drop-down or the first time the
 * combo box's computed width is asked for, whichever comes first: from then on it is the stock skin. Meant for
 * combo boxes with a set preferred width (the sidebar's filters): a computed width can come out a pixel off the
 * stock skin's, the list being laid out later.
 */
public final class ListLaterComboSkin<T> extends ComboBoxListViewSkin<T> {

    public ListLaterComboSkin(ComboBox<T> box) {
        super(box);
        getChildren().remove(getPopupContent());
    }

    /** Gives {@code box} this skin. */
    public static <T> void install(ComboBox<T> box) {
        box.setSkin(new ListLaterComboSkin<>(box));
    }

    @Override
    public void show() {
        attachList();
        super.show();
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
            double leftInset) {
        attachList();
        return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
    }

    /** Where the stock skin has the list until the first drop-down: styled, among the combo box's children. */
    private void attachList() {
        Node list = getPopupContent();
        if (list.getParent() == null) {
            getChildren().add(list);
            list.applyCss();
        }
    }
}
