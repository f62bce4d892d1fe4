package io.troubleshooter.ui.flowchart;

import io.troubleshooter.flow.CauseFolds;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.ui.i18n.I18n;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The words in each box and the box around them. Labels are measured with the very fonts the chart draws with,
 * wrapped at a fixed width and cut to a few lines with an ellipsis, so text never leaves its box.
 * One instance per language: the ends and the decisions are named by the UI, not the article.
 */
final class NodeText implements Sizer {

    static final double PAD_X = 12;
    static final double PAD_Y = 8;
    private static final double WRAP = 210;
    /** Error codes are long single words; a wider box keeps them whole. */
    private static final double ERROR_WRAP = 300;
    private static final int MAX_LINES = 4;
    /** A folded cause is a small box: its title wrapped narrower and cut to two lines. */
    private static final double FOLDED_WRAP = 190;
    private static final int FOLDED_LINES = 2;
    private static final double FOLDED_GAP = 2;
    private static final String ELLIPSIS = "\u2026";

    /** A label as drawn: the text (maybe cut), how wide to wrap it (0: one line) and the space it takes. */
    record Fitted(String text, Font font, double wrap, double width, double height) { }

    /** A folded cause's words: its number and title, over how many steps it hides. */
    record Folded(Fitted title, Fitted steps) {

        double width() {
            return Math.max(title.width(), steps.width());
        }

        double height() {
            return title.height() + FOLDED_GAP + steps.height();
        }
    }

    private final I18n i18n;
    private final Function<String, Optional<CauseFolds.Fold>> folds;
    private final Map<String, Fitted> cache = new HashMap<>();

    NodeText(I18n i18n) {
        this(i18n, id -> Optional.empty());
    }

    /** Measures folded causes, which {@code folds} names, as the small boxes they are drawn as. */
    NodeText(I18n i18n, Function<String, Optional<CauseFolds.Fold>> folds) {
        this.i18n = i18n;
        this.folds = folds;
    }

    static Font hintFont() {
        return Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, 11);
    }

    /** What a node's box stands for when it is a folded cause. */
    Optional<CauseFolds.Fold> fold(String nodeId) {
        return folds.apply(nodeId);
    }

    Folded folded(CauseFolds.Fold fold) {
        String title = fold.title() != null && !fold.title().isBlank() ? fold.title()
                : i18n.get("flowchart.node.solution");
        String numbered = i18n.get("flowchart.node.folded", fold.number(), title.strip().replaceAll("\\s+", " "));
        Fitted words = cache.computeIfAbsent("folded\n" + numbered,
                key -> fit(numbered, font(DecisionTree.Kind.CAUSE), FOLDED_WRAP, FOLDED_LINES));
        String steps = i18n.get("flowchart.node.folded.steps", fold.steps());
        Fitted hint = cache.computeIfAbsent("hint\n" + steps, key -> fit(steps, hintFont(), FOLDED_WRAP, 1));
        return new Folded(words, hint);
    }

    static Font font(DecisionTree.Kind kind) {
        String family = Font.getDefault().getFamily();
        return switch (kind) {
            case ERROR, CAUSE, RESOLVED, ESCALATE -> Font.font(family, FontWeight.BOLD, 13);
            case STEP, CONDITION -> Font.font(family, FontWeight.NORMAL, 12);
            case DECISION -> Font.font(family, FontWeight.NORMAL, 12);
        };
    }

    /** The full label: the article's words, or the UI's for the decisions and the two ends. */
    String label(DecisionTree.Node node) {
        return switch (node.kind()) {
            case DECISION -> i18n.get("flowchart.node.decision");
            case RESOLVED -> i18n.get("flowchart.node.resolved");
            case ESCALATE -> i18n.get("flowchart.node.escalate");
            // A cause the article gives only as a solution has no title of its own.
            default -> node.label() != null && !node.label().isBlank() ? node.label()
                    : i18n.get(node.kind() == DecisionTree.Kind.CAUSE
                            ? "flowchart.node.solution" : "flowchart.node.step");
        };
    }

    Fitted fitted(DecisionTree.Node node) {
        String label = label(node).strip().replaceAll("\\s+", " ");
        return cache.computeIfAbsent(node.kind() + "\n" + label, key -> fit(label, font(node.kind()),
                node.kind() == DecisionTree.Kind.ERROR ? ERROR_WRAP : WRAP, MAX_LINES));
    }

    @Override
    public Size size(DecisionTree.Node node) {
        Optional<CauseFolds.Fold> fold = fold(node.id());
        if (fold.isPresent()) {
            Folded words = folded(fold.get());
            return new Size(Math.ceil(words.width() + 2 * PAD_X), Math.ceil(words.height() + 2 * PAD_Y));
        }
        Fitted text = fitted(node);
        double w = text.width() + 2 * PAD_X;
        double h = text.height() + 2 * PAD_Y;
        return switch (node.kind()) {
            // A diamond holds a centred box of half its width and half its height.
            case DECISION -> new Size(Math.ceil(2 * w), Math.ceil(2 * h));
            // The hexagon's pointed ends each take half its height.
            case CONDITION -> new Size(Math.ceil(w + h), Math.ceil(h));
            case RESOLVED, ESCALATE -> new Size(Math.ceil(w + h / 2), Math.ceil(h));
            default -> new Size(Math.ceil(w), Math.ceil(h));
        };
    }

    static Fitted fit(String label, Font font, double wrap, int maxLines) {
        Bounds single = measure(label, font, 0);
        if (single.getWidth() <= wrap) {
            return new Fitted(label, font, 0, single.getWidth(), single.getHeight());
        }
        double lineHeight = single.getHeight();
        String text = label;
        Bounds wrapped = measure(text, font, wrap);
        if (lines(wrapped, lineHeight) > maxLines) {
            String[] words = label.split(" ");
            int low = 1;
            int high = words.length - 1;
            while (low < high) {
                int mid = (low + high + 1) / 2;
                if (lines(measure(cut(words, mid), font, wrap), lineHeight) <= maxLines) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            text = cut(words, low);
            wrapped = measure(text, font, wrap);
        }
        return new Fitted(text, font, wrap, Math.min(wrap, wrapped.getWidth()), wrapped.getHeight());
    }

    private static String cut(String[] words, int count) {
        return String.join(" ", Arrays.copyOf(words, count)) + ELLIPSIS;
    }

    private static int lines(Bounds bounds, double lineHeight) {
        return (int) Math.round(bounds.getHeight() / lineHeight);
    }

    static Text text(Fitted fitted) {
        var text = new Text(fitted.text());
        text.setFont(fitted.font());
        text.setTextAlignment(TextAlignment.CENTER);
        if (fitted.wrap() > 0) {
            text.setWrappingWidth(fitted.wrap());
        }
        return text;
    }

    private static Bounds measure(String label, Font font, double wrap) {
        return text(new Fitted(label, font, wrap, 0, 0)).getLayoutBounds();
    }
}
