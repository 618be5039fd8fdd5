package app.quire.ui.frontmatter;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * The form's fields in a vertical scroll (never a horizontal one) that is exactly as tall as the fields until they
 * would take more than {@link #SHARE} of the window's height; then it stops there and scrolls, so a short window
 * (800 x 600) or many open "More fields" still leave the editor most of the window (decision 0242). A field that
 * gets the focus (Tab) is scrolled into view.
 */
final class CappedScroll extends ScrollPane {
    /** The most of the window's height the fields take before they scroll. */
    static final double SHARE = 0.45;

    private final Region content;
    private final ChangeListener<Number> heightChanged = (o, a, b) -> requestLayout();
    private final ChangeListener<Node> focusChanged = (o, a, b) -> reveal(b);

    CappedScroll(Region content) {
        super(content);
        this.content = content;
        getStyleClass().add("fm-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFocusTraversable(false);
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.heightProperty().removeListener(heightChanged);
                old.focusOwnerProperty().removeListener(focusChanged);
            }
            if (scene != null) {
                scene.heightProperty().addListener(heightChanged);
                scene.focusOwnerProperty().addListener(focusChanged);
            }
        });
    }

    /** The fields' height depends on the width they get: their rows wrap when narrow. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** The most the fields may take now, in pixels. */
    double cap() {
        Scene scene = getScene();
        double em = javafx.scene.text.Font.getDefault().getSize();
        return scene == null ? Double.MAX_VALUE : Math.max(6 * em, scene.getHeight() * SHARE);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight() - barWidth(width));
        double wanted = content.prefHeight(inner);
        return snapSizeY(in.getTop() + Math.min(wanted, cap()) + in.getBottom());
    }

    /**
     * As narrow as the fields can be (their rows wrap down to this) beside a vertical bar, never narrower:
     * nothing scrolls sideways.
     */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return snapSizeX(in.getLeft() + content.minWidth(-1) + verticalBar() + in.getRight());
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(computePrefHeight(width), snapSizeY(3 * javafx.scene.text.Font.getDefault().getSize()));
    }

    /** The vertical bar's width when the fields will not fit (they are then laid out beside it). */
    private double barWidth(double width) {
        Insets in = getInsets();
        double full = content.prefHeight(Math.max(0, width - in.getLeft() - in.getRight()));
        return full <= cap() ? 0 : verticalBar();
    }

    /** The vertical bar's width (0 before the skin has made it). */
    private double verticalBar() {
        for (Node n : lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar.prefWidth(-1);
            }
        }
        return 0;
    }

    /** Scrolls so that a focused node inside the fields is fully shown (no change when it already is). */
    void reveal(Node focused) {
        if (focused == null || !isDescendant(focused)) {
            return;
        }
        double viewH = getViewportBounds().getHeight();
        double contentH = content.getHeight();
        if (contentH <= viewH + 0.5) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double offset = getVvalue() * (contentH - viewH);
        if (b.getMinY() < offset) {
            offset = b.getMinY();
        } else if (b.getMaxY() > offset + viewH) {
            offset = Math.min(b.getMinY(), b.getMaxY() - viewH);
        } else {
            return;
        }
        setVvalue(Math.max(0, Math.min(1, offset / (contentH - viewH))));
    }

    private boolean isDescendant(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == content) {
                return true;
            }
        }
        return false;
    }
}
