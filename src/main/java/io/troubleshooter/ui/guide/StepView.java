package io.troubleshooter.ui.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.Step;
import io.troubleshooter.ui.article.BlockRenderer;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.command.CommandView;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One step of a cause: a "done" box, the article's text for it, then its commands as cards carrying
 * the warnings the article puts beside them. Nested steps (what to do when a condition applies, the
 * steps of one method) sit indented below.
 */
final class StepView extends HBox {

    private final CheckBox check = new CheckBox();
    private final String stepId;

    StepView(Step step, GuideViewModel model, BlockRenderer renderer, CommandContext commands) {
        getStyleClass().addAll("guide-step", "step-" + step.kind().name().toLowerCase(Locale.ROOT));
        setId("step-" + step.id());
        stepId = step.id();
        check.getStyleClass().add("step-done");
        check.setSelected(model.done().contains(step.id()));
        check.selectedProperty().addListener((obs, was, now) -> model.setDone(step, now));

        var body = new VBox(6);
        body.getStyleClass().add("step-body");
        HBox.setHgrow(body, Priority.ALWAYS);
        var shown = new HashSet<String>();
        // A warning over several commands (net stop, then net start) is said once, above them, not on each card.
        boolean once = !step.warnings().isEmpty() && step.commands().size() > 1;
        if (once) {
            for (Block.Alert warning : step.warnings()) {
                var said = CommandView.warning(warning);
                said.getStyleClass().add("step-warning");
                body.getChildren().add(said);
            }
        }
        if (step.kind() == Step.Kind.METHOD) {
            var title = new Label(step.title());
            title.getStyleClass().add("step-title");
            title.setWrapText(true);
            body.getChildren().add(title);
        }
        // What the steps below say (a method's list, its commands) is theirs to show, once.
        Set<String> below = new HashSet<>();
        step.children().forEach(child -> commandsOf(child, below));
        shown.addAll(below);
        Set<Block> saidBelow = new HashSet<>();
        step.children().forEach(child -> blocksOf(child, saidBelow));
        List<Block> text = textOf(step, saidBelow);
        // Text the article puts after a method's list (a note, a link) stays after its steps.
        int firstBelow = step.blocks().stream().filter(b -> saidBelow(b, saidBelow)).findFirst()
                .map(step.blocks()::indexOf).orElse(step.blocks().size());
        List<Block> before = text.stream().filter(b -> step.blocks().indexOf(b) < firstBelow).toList();
        List<Block> after = text.stream().filter(b -> step.blocks().indexOf(b) > firstBelow).toList();
        body.getChildren().add(renderer.render(before, step.warnings(), shown, !once));
        for (Command command : step.commands()) {
            if (!shown.contains(command.text())) {
                body.getChildren().add(commands.view(command, step.warnings(), !once));
            }
        }
        for (Step child : step.children()) {
            var nested = new StepView(child, model, renderer, commands);
            nested.getStyleClass().add("nested-step");
            body.getChildren().add(nested);
        }
        if (!after.isEmpty()) {
            body.getChildren().add(renderer.render(after, step.warnings(), shown, !once));
        }
        getChildren().addAll(check, body);
    }

    CheckBox check() {
        return check;
    }

    String stepId() {
        return stepId;
    }

    /**
     * The step's text without its warnings, which sit on its command cards instead, and without what its own steps
     * show below it (a method's numbered list is its steps).
     */
    private static List<Block> textOf(Step step, Set<Block> below) {
        return step.blocks().stream()
                .filter(b -> !(b instanceof Block.Alert a && step.warnings().contains(a)))
                .filter(b -> !saidBelow(b, below))
                .toList();
    }

    private static boolean saidBelow(Block block, Set<Block> below) {
        if (below.contains(block)) {
            return true;
        }
        return block instanceof Block.ListBlock list && !list.items().isEmpty() && list.items().stream()
                .allMatch(item -> item.blocks().stream().anyMatch(below::contains));
    }

    private static void blocksOf(Step step, Set<Block> into) {
        into.addAll(step.blocks());
        step.children().forEach(child -> blocksOf(child, into));
    }

    private static void commandsOf(Step step, Set<String> into) {
        step.commands().forEach(command -> into.add(command.text()));
        step.children().forEach(child -> commandsOf(child, into));
    }
}
