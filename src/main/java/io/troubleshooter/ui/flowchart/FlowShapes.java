package io.troubleshooter.ui.flowchart;

import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.guide.DecisionTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** The outline of each kind of box, drawn at the origin in the box's size. */
final class FlowShapes {

    private static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4.5;

    private FlowShapes() {
    }

    static Shape outline(DecisionTree.Kind kind, double w, double h) {
        return switch (kind) {
            case ERROR -> rect(w, h, 18);
            case CAUSE -> rect(w, h, 6);
            case STEP -> rect(w, h, 4);
            case DECISION -> new Polygon(w / 2, 0, w, h / 2, w / 2, h, 0, h / 2);
            case CONDITION -> new Polygon(h / 2, 0, w - h / 2, 0, w, h / 2, w - h / 2, h, h / 2, h, 0, h / 2);
            case RESOLVED, ESCALATE -> rect(w, h, h);
        };
    }

    static String styleClass(DecisionTree.Kind kind) {
        return "flow-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** An arrowhead whose tip is the route's last point, pointing along its last segment. */
    static Polygon arrowhead(List<FlowGraph.Point> points) {
        FlowGraph.Point tip = points.getLast();
        FlowGraph.Point from = points.get(points.size() - 2);
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 0 : dx / length;
        double uy = length == 0 ? 1 : dy / length;
        double baseX = tip.x() - ux * ARROW_LENGTH;
        double baseY = tip.y() - uy * ARROW_LENGTH;
        return new Polygon(tip.x(), tip.y(),
                baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH,
                baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH);
    }

    /**
     * The route with its ends carried from the layout's bounding box onto the drawn outline: a diamond, a hexagon
     * or a stadium leaves a gap between its box and its outline that a route would otherwise stop short in.
     */
    static List<FlowGraph.Point> attached(List<FlowGraph.Point> route, FlowGraph.PlacedNode from,
                                          FlowGraph.PlacedNode to) {
        var points = new ArrayList<>(route);
        FlowGraph.Point start = onOutline(from, points.getFirst());
        if (!start.equals(points.getFirst())) {
            points.addFirst(start);
        }
        FlowGraph.Point end = onOutline(to, points.getLast());
        if (!end.equals(points.getLast())) {
            points.addLast(end);
        }
        return points;
    }

    /** Where a route touching the box at {@code p} meets the outline, moving straight into the box. */
    private static FlowGraph.Point onOutline(FlowGraph.PlacedNode node, FlowGraph.Point p) {
        double x = p.x() - node.x();
        double y = p.y() - node.y();
        double w = node.w();
        double h = node.h();
        boolean onTopOrBottom = Math.abs(y) < 0.5 || Math.abs(y - h) < 0.5;
        double along = onTopOrBottom ? x : y;
        double span = onTopOrBottom ? w : h;
        double inset = switch (node.kind()) {
            case DECISION -> onTopOrBottom ? h / 2 * Math.abs(x - w / 2) / (w / 2)
                    : w / 2 * Math.abs(y - h / 2) / (h / 2);
            case CONDITION -> onTopOrBottom ? Math.max(0, h / 2 - Math.min(along, span - along)) : Math.abs(y - h / 2);
            case RESOLVED, ESCALATE -> onTopOrBottom ? roundEndInset(Math.min(along, span - along), h / 2)
                    : h / 2 - Math.sqrt(Math.max(0, h * h / 4 - (y - h / 2) * (y - h / 2)));
            default -> 0;
        };
        if (inset <= 0) {
            return p;
        }
        if (onTopOrBottom) {
            return new FlowGraph.Point(p.x(), y < h / 2 ? p.y() + inset : p.y() - inset);
        }
        return new FlowGraph.Point(x < w / 2 ? p.x() + inset : p.x() - inset, p.y());
    }

    /** How far a semicircular end of radius {@code r} lies inside its box, {@code d} from the box's end. */
    private static double roundEndInset(double d, double r) {
        if (d >= r) {
            return 0;
        }
        double fromCentre = r - d;
        return r - Math.sqrt(r * r - fromCentre * fromCentre);
    }

    private static Rectangle rect(double w, double h, double arc) {
        var rect = new Rectangle(w, h);
        rect.setArcWidth(arc);
        rect.setArcHeight(arc);
        return rect;
    }
}
