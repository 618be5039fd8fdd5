package app.quire.ui;

import javafx.scene.Node;
import javafx.scene.control.ListCell;

/** List cells whose graphic wraps its text (a post title, a problem message). */
public final class WrappingCells {
    private WrappingCells() {
    }

    /**
     * The height of a cell whose graphic wraps, at the cell's width: a labelled cell asks its graphic for its
     * height without a width (so a long text measured as one line), and the Primer theme fixes list cells at
     * 3em; both cut the text off with "...". Returns -1 when the cell shows no graphic (use the default).
     */
    public static double prefHeight(ListCell<?> cell, double width) {
        Node graphic = cell.getGraphic();
        if (graphic == null) {
            return -1;
        }
        double w = width > 0 ? width : cell.getListView() == null ? -1 : cell.getListView().getWidth();
        double inner = w > 0 ? Math.max(0, w - cell.snappedLeftInset() - cell.snappedRightInset()) : -1;
        return cell.snappedTopInset() + graphic.prefHeight(inner) + cell.snappedBottomInset();
    }
}
