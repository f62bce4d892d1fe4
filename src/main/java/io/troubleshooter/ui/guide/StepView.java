package io.troubleshooter.ui.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.Step;
import io.troubleshooter.ui.article.BlockRenderer;
import io.troubleshooter.ui.command.CommandContext;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.CheckBox;
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
        body.getChildren().add(renderer.render(textOf(step), step.warnings(), shown));
        for (Command command : step.commands()) {
            if (!shown.contains(command.text())) {
                body.getChildren().add(commands.view(command, step.warnings()));
            }
        }
        for (Step child : step.children()) {
            var nested = new StepView(child, model, renderer, commands);
            nested.getStyleClass().add("nested-step");
            body.getChildren().add(nested);
        }
        getChildren().addAll(check, body);
    }

    CheckBox check() {
        return check;
    }

    String stepId() {
        return stepId;
    }

    /** The step's text without its warnings, which sit on its command cards instead. */
    private static List<Block> textOf(Step step) {
        return step.blocks().stream()
                .filter(b -> !(b instanceof Block.Alert a && step.warnings().contains(a)))
                .toList();
    }
}
