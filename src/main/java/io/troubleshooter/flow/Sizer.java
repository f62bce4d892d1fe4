package io.troubleshooter.flow;

import io.troubleshooter.guide.DecisionTree;

/**
 * How big a node's box is. The desktop app measures its real text; tests and benchmarks use
 * {@link #approximate()}, which needs no font.
 */
@FunctionalInterface
public interface Sizer {

    Size size(DecisionTree.Node node);

    record Size(double width, double height) {
        public Size {
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("a node needs a positive size, got " + width + "x" + height);
            }
        }
    }

    /** Roughly 7 px per character at a 13 px font, wrapped at 220 px, at most four lines. */
    static Sizer approximate() {
        return node -> {
            double charWidth = 7;
            double maxText = 220;
            double text = Math.max(1, node.label() == null ? 1 : node.label().length()) * charWidth;
            double lines = Math.min(4, Math.ceil(text / maxText));
            double width = Math.min(text, maxText) + 24;
            double height = lines * 17 + 16;
            return switch (node.kind()) {
                case DECISION -> new Size(width * 2, height * 2);
                case CONDITION -> new Size(width + height, height);
                default -> new Size(width, height);
            };
        };
    }
}
