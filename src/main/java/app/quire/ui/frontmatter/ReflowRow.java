package app.quire.ui.frontmatter;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * One row of the form's groups (a label and its field). While every group fits at its minimum width the row lays
 * out as an {@link HBox} would: preferred widths, the spare width shared by the groups that grow
 * ({@link HBox#setHgrow}), shrinking towards the minimums when short. When they do not fit, the groups that do not
 * fit go onto further lines, each line laid out the same way over the row's whole width. A group that starts a
 * later line is indented so that its label ends where the row's first label ends: the fields keep lining up under
 * one another (decision 0241). A group's minimum width is what keeps it usable, so fields set theirs.
 */
final class ReflowRow extends Pane {
    private final double hgapEm;
    private final double vgapEm;
    private double hgap;
    private double vgap;

    /** A row with these gaps between groups and between lines, in em of the labels' font. */
    ReflowRow(double hgapEm, double vgapEm, Node... groups) {
        this.hgapEm = hgapEm;
        this.vgapEm = vgapEm;
        getChildren().addAll(groups);
    }

    /** The gaps in pixels, from the font the first label has now (the app's font size may change). */
    private void updateGaps() {
        double em = javafx.scene.text.Font.getDefault().getSize();
        for (Node n : getChildren()) {
            if (n instanceof HBox box && !box.getChildren().isEmpty() && box.getChildren().get(0) instanceof Label l) {
                em = l.getFont().getSize();
                break;
            }
        }
        hgap = snapSpaceX(hgapEm * em);
        vgap = snapSpaceY(vgapEm * em);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        updateGaps();
        double w = 0;
        List<Node> kids = groups();
        for (int i = 0; i < kids.size(); i++) {
            Node n = kids.get(i);
            w = Math.max(w, (i == 0 ? 0 : indent(n)) + n.minWidth(-1));
        }
        Insets in = getInsets();
        return snapSizeX(in.getLeft() + w + in.getRight());
    }

    @Override
    protected double computePrefWidth(double height) {
        updateGaps();
        double w = 0;
        for (Node n : groups()) {
            w += (w == 0 ? 0 : hgap) + n.prefWidth(-1);
        }
        Insets in = getInsets();
        return snapSizeX(in.getLeft() + w + in.getRight());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        updateGaps();
        Insets in = getInsets();
        double inner = width < 0 ? prefWidth(-1) - in.getLeft() - in.getRight() : width - in.getLeft() - in.getRight();
        double h = 0;
        List<Line> lines = lines(inner);
        for (Line line : lines) {
            h += line.height;
        }
        h += vgap * Math.max(0, lines.size() - 1);
        return snapSizeY(in.getTop() + h + in.getBottom());
    }

    @Override
    protected void layoutChildren() {
        updateGaps();
        Insets in = getInsets();
        double y = in.getTop();
        for (Line line : lines(getWidth() - in.getLeft() - in.getRight())) {
            double x = in.getLeft() + line.indent;
            for (int i = 0; i < line.nodes.size(); i++) {
                Node n = line.nodes.get(i);
                double w = line.widths[i];
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(line.heights[i]));
                x += w + hgap;
            }
            y += line.height + vgap;
        }
    }

    /** The groups on each line, with their widths and heights, for an inner width. */
    List<Line> lines(double width) {
        updateGaps();
        List<Node> kids = groups();
        List<Line> lines = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double used = 0;
        double indent = 0;
        for (Node n : kids) {
            double min = n.minWidth(-1);
            if (current.isEmpty()) {
                indent = lines.isEmpty() ? 0 : indent(n);
                current.add(n);
                used = min;
            } else if (indent + used + hgap + min <= width + 0.5) {
                current.add(n);
                used += hgap + min;
            } else {
                lines.add(line(current, indent, width - indent));
                current = new ArrayList<>();
                current.add(n);
                indent = indent(n);
                used = min;
            }
        }
        if (!current.isEmpty()) {
            lines.add(line(current, indent, width - indent));
        }
        return lines;
    }

    /** One line laid out as an HBox lays out its children in {@code width}. */
    private Line line(List<Node> nodes, double indent, double width) {
        int k = nodes.size();
        double[] w = new double[k];
        double prefSum = hgap * (k - 1);
        double shrinkable = 0;
        int growing = 0;
        for (int i = 0; i < k; i++) {
            Node n = nodes.get(i);
            w[i] = Math.max(n.minWidth(-1), n.prefWidth(-1));
            prefSum += w[i];
            shrinkable += w[i] - n.minWidth(-1);
            if (HBox.getHgrow(n) == Priority.ALWAYS) {
                growing++;
            }
        }
        double spare = width - prefSum;
        if (spare < 0 && shrinkable > 0) {
            double share = Math.min(1, -spare / shrinkable);
            for (int i = 0; i < k; i++) {
                Node n = nodes.get(i);
                w[i] -= (w[i] - n.minWidth(-1)) * share;
            }
        } else if (spare > 0 && growing > 0) {
            for (int i = 0; i < k; i++) {
                Node n = nodes.get(i);
                if (HBox.getHgrow(n) == Priority.ALWAYS) {
                    w[i] = Math.min(n.maxWidth(-1), w[i] + spare / growing);
                }
            }
        }
        if (k == 1 && w[0] > width) {
            w[0] = Math.max(0, width); // narrower than its minimum: the row's width, never wider
        }
        double[] h = new double[k];
        double height = 0;
        for (int i = 0; i < k; i++) {
            Node n = nodes.get(i);
            h[i] = Math.max(n.minHeight(w[i]), n.prefHeight(w[i]));
            height = Math.max(height, h[i]);
        }
        for (int i = 0; i < k; i++) { // as an HBox fills its height: a centred check box centres on the line
            h[i] = Math.max(h[i], Math.min(height, nodes.get(i).maxHeight(w[i])));
        }
        return new Line(nodes, indent, w, h, height);
    }

    /**
     * How far a group starting a later line is moved right so that its field starts where the first group's
     * field starts: the first group's label and spacing, less the group's own (a group without a label, such as
     * the draft check box, starts at the fields).
     */
    private double indent(Node group) {
        List<Node> kids = groups();
        if (kids.isEmpty() || kids.get(0) == group) {
            return 0;
        }
        return Math.max(0, labelPart(kids.get(0)) - labelPart(group));
    }

    private static double labelPart(Node group) {
        if (group instanceof HBox box && !box.getChildren().isEmpty() && box.getChildren().get(0) instanceof Label l
                && l.getStyleClass().contains("fm-label")) {
            return Math.max(l.minWidth(-1), l.prefWidth(-1)) + box.getSpacing();
        }
        return 0;
    }

    private List<Node> groups() {
        List<Node> kids = new ArrayList<>();
        for (Node n : getChildren()) {
            if (n.isManaged()) {
                kids.add(n);
            }
        }
        return kids;
    }

    /** A laid-out line: its groups, where it starts, each group's width and height, and the line's height. */
    record Line(List<Node> nodes, double indent, double[] widths, double[] heights, double height) {
    }
}
