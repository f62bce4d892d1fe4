package io.troubleshooter.ui.article;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.CommandExtractor;
import io.troubleshooter.ui.command.CommandContext;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Turns article blocks into JavaFX nodes: used by the Article view for whole sections and by the
 * Guide for a cause's or a step's text. Code blocks become command cards. Every {@code <a name>}
 * met on the way is remembered, so a view can scroll to it.
 */
public final class BlockRenderer {

    private final CommandContext commands;
    private final Consumer<String> onLink;
    private List<Block.Alert> cardWarnings = List.of();
    private Set<String> cardsShown = new HashSet<>();
    private boolean warningsOnCards = true;
    private final InlineRenderer inlines;
    private final Map<String, Node> anchors = new LinkedHashMap<>();

    /** {@code onLink} receives a link's target ({@code #anchor} or a URL) when the engineer clicks it. */
    public BlockRenderer(CommandContext commands, Consumer<String> onLink) {
        this.commands = commands;
        this.onLink = onLink;
        this.inlines = new InlineRenderer(commands.i18n(), this::link, this::registerAnchor);
    }

    public Node render(List<Block> blocks) {
        var box = new VBox();
        box.getStyleClass().add("md-blocks");
        for (Block block : blocks) {
            box.getChildren().add(render(block));
        }
        return box;
    }

    public Node render(Block block) {
        return switch (block) {
            case Block.Paragraph p -> paragraph(p);
            case Block.SubHeading h -> subHeading(h);
            case Block.ListBlock l -> list(l);
            case Block.Table t -> TableRenderer.render(t, this::inlines);
            case Block.Alert a -> alert(a);
            case Block.Quote q -> quote(q);
            case Block.Include i -> include(i);
            case Block.CodeBlock c -> code(c);
            case Block.Rule r -> rule();
        };
    }

    /** Running text (a paragraph, a heading, a table cell) as a wrapping flow. */
    public TextFlow inlines(List<Inline> content) {
        return inlines.flow(content);
    }

    /** A heading of {@code level} (1 to 6) that links inside it can still be clicked in. */
    public TextFlow heading(int level, List<Inline> content) {
        var flow = inlines(content);
        flow.getStyleClass().addAll("md-heading", "md-h" + Math.clamp(level, 1, 6));
        return flow;
    }

    /** Remembers where {@code id} is; the first node wins, as the first {@code id} does in a browser. */
    public void registerAnchor(String id, Node node) {
        anchors.putIfAbsent(id, node);
    }

    public Optional<Node> anchor(String id) {
        return Optional.ofNullable(anchors.get(id));
    }

    /** Every anchor rendered so far, in the order met. */
    public Map<String, Node> anchors() {
        return Collections.unmodifiableMap(anchors);
    }

    private void link(String target) {
        onLink.accept(target);
    }

    /**
     * A step's text with every command in it as a card that carries the step's warnings. The text of each
     * command given a card goes into {@code shown}, so the caller can add cards only for the others.
     */
    public Node render(List<Block> blocks, List<Block.Alert> warnings, Set<String> shown) {
        return render(blocks, warnings, shown, true);
    }

    /** As above; with {@code warningsOnCards} false the warnings are said once elsewhere, not on every card. */
    public Node render(List<Block> blocks, List<Block.Alert> warnings, Set<String> shown, boolean warningsOnCards) {
        cardWarnings = warnings;
        cardsShown = shown;
        this.warningsOnCards = warningsOnCards;
        try {
            return render(blocks);
        } finally {
            cardWarnings = List.of();
            cardsShown = new HashSet<>();
            this.warningsOnCards = true;
        }
    }

    /**
     * Prose as text; commands in its code spans also as cards below it, so every command can be copied.
     * A paragraph that is nothing but commands becomes just its cards.
     */
    private Node paragraph(Block.Paragraph paragraph) {
        List<Command> found = CommandExtractor.fromInlines(paragraph.inlines(), paragraph.line());
        var flow = inlines(paragraph.inlines());
        flow.getStyleClass().add("md-paragraph");
        if (found.isEmpty()) {
            return flow;
        }
        var box = new VBox(6);
        box.getStyleClass().add("md-commands");
        if (!onlyCode(paragraph.inlines())) {
            box.getChildren().add(flow);
        }
        found.forEach(command -> box.getChildren().add(card(command)));
        return box;
    }

    private static boolean onlyCode(List<Inline> content) {
        return content.stream().allMatch(i -> i instanceof Inline.Code || i instanceof Inline.LineBreak
                || i instanceof Inline.SoftBreak || i instanceof Inline.Text t && t.text().isBlank());
    }

    private Node card(Command command) {
        cardsShown.add(command.text());
        return commands.view(command, cardWarnings, warningsOnCards);
    }

    private Node subHeading(Block.SubHeading heading) {
        return heading(heading.level(), heading.inlines());
    }

    private Node list(Block.ListBlock list) {
        var box = new VBox();
        box.getStyleClass().addAll("md-list", list.ordered() ? "md-list-ordered" : "md-list-bullet");
        int number = list.start();
        for (Block.Item item : list.items()) {
            var marker = new Label(list.ordered() ? number++ + "." : "•");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            var content = render(item.blocks());
            HBox.setHgrow(content, Priority.ALWAYS);
            var row = new HBox(marker, content);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node alert(Block.Alert alert) {
        String kind = alert.kind().name().toLowerCase(Locale.ROOT);
        var title = new Label();
        title.textProperty().bind(commands.i18n().text("article.alert." + kind));
        title.setGraphic(new FontIcon(icon(alert.kind())));
        title.getStyleClass().add("md-alert-title");
        var box = new VBox(title, render(alert.blocks()));
        box.getStyleClass().addAll("md-alert", "md-alert-" + kind);
        return box;
    }

    private static String icon(Block.AlertKind kind) {
        return switch (kind) {
            case NOTE -> "mdi2i-information-outline";
            case TIP -> "mdi2l-lightbulb-on-outline";
            case IMPORTANT -> "mdi2m-message-alert-outline";
            case WARNING -> "mdi2a-alert-outline";
            case CAUTION -> "mdi2a-alert-octagon-outline";
        };
    }

    private Node quote(Block.Quote quote) {
        var box = new VBox(render(quote.blocks()));
        box.getStyleClass().add("md-quote");
        return box;
    }

    private Node include(Block.Include include) {
        if (include.available()) {
            var content = render(include.blocks());
            content.getStyleClass().add("md-include");
            return content;
        }
        var note = new Label();
        note.textProperty().bind(commands.i18n().text("article.include.missing", include.target()));
        note.setGraphic(new FontIcon("mdi2f-file-question-outline"));
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.getStyleClass().add("md-include-missing");
        return note;
    }

    private Node code(Block.CodeBlock code) {
        List<Command> found = CommandExtractor.fromBlocks(List.of(code));
        if (found.isEmpty()) {
            return new CodeBox(code.info(), code.code(), commands.i18n(), commands.actions());
        }
        var box = new VBox();
        box.getStyleClass().add("md-commands");
        for (Command command : found) {
            box.getChildren().add(card(command));
        }
        return box;
    }

    private static Node rule() {
        var separator = new Separator();
        separator.getStyleClass().add("md-rule");
        return separator;
    }
}
