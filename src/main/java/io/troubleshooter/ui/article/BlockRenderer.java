package io.troubleshooter.ui.article;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.guide.CommandExtractor;
import io.troubleshooter.ui.command.CommandContext;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Turns article blocks into JavaFX nodes: used by the Article view for whole sections and by the
 * Guide for a cause's or a step's text. Code blocks become command cards.
 */
public final class BlockRenderer {

    private final CommandContext commands;
    private final Consumer<String> onLink;

    /** {@code onLink} receives a link's target ({@code #anchor} or a URL) when the engineer clicks it. */
    public BlockRenderer(CommandContext commands, Consumer<String> onLink) {
        this.commands = commands;
        this.onLink = onLink;
    }

    public Node render(List<Block> blocks) {
        var box = new VBox(8);
        box.getStyleClass().add("md-blocks");
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> {
                    var label = new Label(Inline.plain(p.inlines()));
                    label.setWrapText(true);
                    box.getChildren().add(label);
                }
                case Block.CodeBlock c -> CommandExtractor.fromBlocks(List.of(c))
                        .forEach(cmd -> box.getChildren().add(commands.view(cmd)));
                default -> { }
            }
        }
        return box;
    }
}
