package io.troubleshooter.ui.article;

import io.troubleshooter.content.Inline;
import io.troubleshooter.ui.i18n.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/** Inline content as a wrapping TextFlow: styled text runs, code, links, image stand-ins. */
final class InlineRenderer {

    /**
     * Longer code spans (paths, URLs, registry keys) are set as plain monospace text so the line can
     * wrap inside them; a boxed label never breaks and would run past the edge.
     */
    private static final int BOXED_CODE_LIMIT = 24;

    /** Past this length a link is cut into one piece per word, for the same reason: a Hyperlink never wraps. */
    private static final int WHOLE_LINK_LIMIT = 24;

    private final I18n i18n;
    private final Consumer<String> onLink;
    private final BiConsumer<String, Node> anchors;

    InlineRenderer(I18n i18n, Consumer<String> onLink, BiConsumer<String, Node> anchors) {
        this.i18n = i18n;
        this.onLink = onLink;
        this.anchors = anchors;
    }

    TextFlow flow(List<Inline> inlines) {
        var flow = new TextFlow();
        flow.getStyleClass().add("md-text-flow");
        var nodes = new ArrayList<Node>();
        append(inlines, List.of(), nodes, flow);
        trimTrailingBreaks(nodes);
        flow.getChildren().setAll(nodes);
        return flow;
    }

    private void append(List<Inline> inlines, List<String> styles, List<Node> out, TextFlow flow) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> out.add(text(afterBreak(out) ? t.text().stripLeading() : t.text(), styles));
                case Inline.Code c -> out.add(code(c.text(), styles));
                case Inline.Strong s -> append(s.children(), with(styles, "md-strong"), out, flow);
                case Inline.Emphasis e -> append(e.children(), with(styles, "md-emphasis"), out, flow);
                case Inline.Link l -> {
                    out.addAll(link(l));
                    anchorsWithin(l.children(), flow);
                }
                case Inline.Image i -> out.add(image(i.alt()));
                case Inline.LineBreak b -> out.add(text("\n", styles));
                case Inline.SoftBreak b -> {
                    if (!afterBreak(out)) {
                        out.add(text(" ", styles));
                    }
                }
                // A list written as <li> inside a cell: each item on its own line, the first without a blank line.
                case Inline.ListMark m -> out.add(text(out.isEmpty() ? "• " : "\n• ", styles));
                case Inline.Anchor a -> anchors.accept(a.id(), flow);
            }
        }
    }

    /** Authors indent the line after a {@code <br>}; a browser drops that space at the start of a line, so do we. */
    private static boolean afterBreak(List<Node> out) {
        return !out.isEmpty() && out.getLast() instanceof Text t && t.getText().endsWith("\n");
    }

    /** A {@code <br>} closing a paragraph would only add an empty line before the next block. */
    private static void trimTrailingBreaks(List<Node> nodes) {
        while (!nodes.isEmpty() && nodes.getLast() instanceof Text t && t.getText().isBlank()) {
            nodes.removeLast();
        }
    }

    private void anchorsWithin(List<Inline> inlines, TextFlow flow) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Anchor a -> anchors.accept(a.id(), flow);
                case Inline.Strong s -> anchorsWithin(s.children(), flow);
                case Inline.Emphasis e -> anchorsWithin(e.children(), flow);
                default -> { }
            }
        }
    }

    private static Text text(String s, List<String> styles) {
        var text = new Text(s);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static Node code(String s, List<String> styles) {
        if (s.length() > BOXED_CODE_LIMIT) {
            var text = text(s, styles);
            text.getStyleClass().add("md-code-long");
            return text;
        }
        var label = new Label(s);
        label.getStyleClass().add("md-code");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private List<Hyperlink> link(Inline.Link link) {
        String target = link.url();
        String text = Inline.plain(link.children());
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text(target.startsWith("#") ? "article.link.anchor" : "article.link.external",
                target));
        var pieces = new ArrayList<Hyperlink>();
        for (String piece : text.length() > WHOLE_LINK_LIMIT ? text.split("(?<= )") : new String[] {text}) {
            var hyperlink = new Hyperlink(piece);
            hyperlink.getStyleClass().add("md-link");
            hyperlink.setUserData(target);
            hyperlink.setTooltip(tip);
            // Only a click follows a link; showing or hovering never does.
            hyperlink.setOnAction(e -> onLink.accept(target));
            pieces.add(hyperlink);
        }
        return pieces;
    }

    private Label image(String alt) {
        var label = new Label();
        label.textProperty().bind(i18n.text("article.image", alt.isBlank() ? "…" : alt.strip()));
        label.setGraphic(new FontIcon("mdi2i-image-outline"));
        label.getStyleClass().add("md-image");
        label.setWrapText(true);
        return label;
    }

    private static List<String> with(List<String> styles, String style) {
        var out = new ArrayList<>(styles);
        out.add(style);
        return List.copyOf(out);
    }
}
