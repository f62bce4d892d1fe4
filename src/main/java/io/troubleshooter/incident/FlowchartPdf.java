package io.troubleshooter.incident;

import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.FlowLayout;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.DecisionTree;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A decision tree drawn into the PDF as vector graphics, in the colours of the window's flowchart, the path
 * taken outlined in the accent colour and the node the incident was on outlined thicker. Laid out by
 * {@link FlowLayout} with boxes measured in the report's own font, so no window is needed and the command
 * line draws the same chart.
 */
final class FlowchartPdf {

    static final Color ACCENT = new Color(0x09, 0x69, 0xDA);
    static final Color CAUSE_BORDER = new Color(0x54, 0xAE, 0xFF);
    static final Color BOX = new Color(0xF6, 0xF8, 0xFA);
    static final Color BORDER = new Color(0xD0, 0xD7, 0xDE);
    static final Color TEXT = new Color(0x24, 0x29, 0x2F);
    static final Color MUTED = new Color(0x57, 0x60, 0x6A);
    static final Color DECISION_FILL = new Color(0xFF, 0xF8, 0xC5);
    static final Color DECISION_BORDER = new Color(0xBF, 0x87, 0x00);
    static final Color RESOLVED = new Color(0x1F, 0x88, 0x3D);
    static final Color ESCALATE = new Color(0xCF, 0x22, 0x2E);

    private static final float FONT_SIZE = 8;
    private static final float LINE = 10;
    private static final float MAX_TEXT = 150;
    private static final float PAD = 8;

    private final BaseFont font;
    private final BaseFont bold;
    private final Function<DecisionTree.Node, String> text;
    private final Function<DecisionTree.Label, String> edgeText;

    /**
     * @param text     the words a node shows, in the report's language
     * @param edgeText the words on a yes or no edge
     */
    FlowchartPdf(BaseFont font, BaseFont bold, Function<DecisionTree.Node, String> text,
                 Function<DecisionTree.Label, String> edgeText) {
        this.font = font;
        this.bold = bold;
        this.text = text;
        this.edgeText = edgeText;
    }

    /** The chart as an element of the page, scaled down to fit when it is larger, still vector graphics. */
    Image draw(PdfContentByte canvas, DecisionTree tree, List<String> path, @Nullable String current)
            throws BadElementException {
        var worded = new DecisionTree(tree.nodes().stream()
                .map(n -> new DecisionTree.Node(n.id(), n.kind(), text.apply(n), n.ref())).toList(), tree.edges());
        FlowGraph graph = FlowLayout.layout(worded, this::size);
        PdfTemplate template = canvas.createTemplate((float) graph.width(), (float) graph.height());
        var taken = new HashSet<>(path);
        for (FlowGraph.PlacedEdge edge : graph.edges()) {
            edge(template, graph, edge, taken.contains(edge.from()) && taken.contains(edge.to()));
        }
        for (FlowGraph.PlacedNode node : graph.nodes()) {
            node(template, graph, node, taken, node.id().equals(current));
        }
        return Image.getInstance(template);
    }

    private Sizer.Size size(DecisionTree.Node node) {
        var lines = lines(node.label(), fontOf(node.kind()));
        double width = lines.stream().mapToDouble(l -> fontOf(node.kind()).getWidthPoint(l, FONT_SIZE)).max()
                .orElse(10) + 2 * PAD;
        double height = lines.size() * LINE + 2 * PAD - 2;
        return switch (node.kind()) {
            case DECISION -> new Sizer.Size(width * 1.6, height * 1.8);
            case CONDITION -> new Sizer.Size(width + height, height);
            case RESOLVED, ESCALATE -> new Sizer.Size(width + height / 2, height);
            default -> new Sizer.Size(width, height);
        };
    }

    private BaseFont fontOf(DecisionTree.Kind kind) {
        return kind == DecisionTree.Kind.CAUSE || kind == DecisionTree.Kind.ERROR ? bold : font;
    }

    /** The label broken into lines at most {@link #MAX_TEXT} wide, at most four, the last cut with an ellipsis. */
    private List<String> lines(@Nullable String label, BaseFont face) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : (label == null || label.isBlank() ? "?" : label).split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && face.getWidthPoint(candidate, FONT_SIZE) > MAX_TEXT) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        if (lines.size() > 4) {
            lines = new ArrayList<>(lines.subList(0, 4));
            lines.set(3, lines.get(3) + " …");
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            while (face.getWidthPoint(l, FONT_SIZE) > MAX_TEXT && l.length() > 2) {
                l = l.substring(0, l.length() - 2) + "…";
            }
            lines.set(i, l);
        }
        return lines;
    }

    private void node(PdfContentByte c, FlowGraph graph, FlowGraph.PlacedNode node, Set<String> taken,
                      boolean current) {
        float x = (float) node.x();
        float w = (float) node.w();
        float h = (float) node.h();
        float y = (float) (graph.height() - node.y() - node.h());
        Color fill = BOX;
        Color stroke = BORDER;
        Color ink = TEXT;
        float width = 1;
        switch (node.kind()) {
            case ERROR -> {
                fill = ACCENT;
                stroke = ACCENT;
                ink = Color.WHITE;
            }
            case CAUSE -> {
                fill = Color.WHITE;
                stroke = CAUSE_BORDER;
                width = 1.5f;
            }
            case DECISION, CONDITION -> {
                fill = DECISION_FILL;
                stroke = DECISION_BORDER;
            }
            case RESOLVED -> {
                fill = RESOLVED;
                stroke = RESOLVED;
                ink = Color.WHITE;
            }
            case ESCALATE -> {
                fill = ESCALATE;
                stroke = ESCALATE;
                ink = Color.WHITE;
            }
            default -> { }
        }
        if (taken.contains(node.id())) {
            stroke = ACCENT;
            width = 2;
        }
        if (current) {
            stroke = ACCENT;
            width = 3.5f;
        }
        c.saveState();
        c.setColorFill(fill);
        c.setColorStroke(stroke);
        c.setLineWidth(width);
        float inset = width / 2;
        switch (node.kind()) {
            case DECISION -> {
                c.moveTo(x + w / 2, y + h - inset);
                c.lineTo(x + w - inset, y + h / 2);
                c.lineTo(x + w / 2, y + inset);
                c.lineTo(x + inset, y + h / 2);
                c.closePath();
            }
            case CONDITION -> {
                c.moveTo(x + h / 2, y + h - inset);
                c.lineTo(x + w - h / 2, y + h - inset);
                c.lineTo(x + w - inset, y + h / 2);
                c.lineTo(x + w - h / 2, y + inset);
                c.lineTo(x + h / 2, y + inset);
                c.lineTo(x + inset, y + h / 2);
                c.closePath();
            }
            case RESOLVED, ESCALATE -> c.roundRectangle(x + inset, y + inset, w - width, h - width, h / 2 - inset);
            case ERROR -> c.roundRectangle(x + inset, y + inset, w - width, h - width, 9);
            default -> c.roundRectangle(x + inset, y + inset, w - width, h - width, 3);
        }
        c.fillStroke();
        c.restoreState();
        BaseFont face = fontOf(node.kind());
        var lines = lines(node.label(), face);
        float top = y + h / 2 + lines.size() * LINE / 2 - LINE + 2.5f;
        c.beginText();
        c.setColorFill(ink);
        c.setFontAndSize(face, FONT_SIZE);
        for (int i = 0; i < lines.size(); i++) {
            c.showTextAligned(PdfContentByte.ALIGN_CENTER, lines.get(i), x + w / 2, top - i * LINE, 0);
        }
        c.endText();
    }

    private void edge(PdfContentByte c, FlowGraph graph, FlowGraph.PlacedEdge edge, boolean taken) {
        var points = edge.points();
        if (points.size() < 2) {
            return;
        }
        float height = (float) graph.height();
        Color colour = taken ? ACCENT : MUTED;
        c.saveState();
        c.setColorStroke(colour);
        c.setColorFill(colour);
        c.setLineWidth(taken ? 2 : 0.9f);
        if (edge.backward()) {
            c.setLineDash(4, 3, 0);
        }
        c.moveTo((float) points.getFirst().x(), height - (float) points.getFirst().y());
        for (int i = 1; i < points.size(); i++) {
            c.lineTo((float) points.get(i).x(), height - (float) points.get(i).y());
        }
        c.stroke();
        c.setLineDash(0);
        var tip = points.getLast();
        var before = points.get(points.size() - 2);
        double angle = Math.atan2(-(tip.y() - before.y()), tip.x() - before.x());
        float tx = (float) tip.x();
        float ty = height - (float) tip.y();
        float size = taken ? 6 : 5;
        c.moveTo(tx, ty);
        c.lineTo(tx - size * (float) Math.cos(angle - 0.45), ty - size * (float) Math.sin(angle - 0.45));
        c.lineTo(tx - size * (float) Math.cos(angle + 0.45), ty - size * (float) Math.sin(angle + 0.45));
        c.closePath();
        c.fill();
        String label = edge.label() == DecisionTree.Label.YES || edge.label() == DecisionTree.Label.NO
                ? edgeText.apply(edge.label()) : "";
        if (!label.isEmpty()) {
            var start = points.getFirst();
            c.beginText();
            c.setColorFill(edge.label() == DecisionTree.Label.YES ? RESOLVED : ESCALATE);
            c.setFontAndSize(bold, FONT_SIZE - 1);
            c.showTextAligned(PdfContentByte.ALIGN_LEFT, label, (float) start.x() + 3,
                    height - (float) start.y() - FONT_SIZE - 1, 0);
            c.endText();
        }
        c.restoreState();
    }
}
