package io.troubleshooter.ui.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.Step;
import io.troubleshooter.ui.article.BlockRenderer;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.i18n.I18n;

import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One cause as a card: what it is, what the article says about it, its steps and commands, its notes. */
final class CauseCard extends VBox {

    CauseCard(Cause cause, GuideViewModel model, I18n i18n, BlockRenderer renderer, CommandContext commands) {
        super(10);
        getStyleClass().addAll("cause-card", "card");
        setId("cause-card");
        int number = model.number(cause);
        int total = model.causes().size();

        var kicker = new Label();
        kicker.getStyleClass().add("cause-kicker");
        kicker.textProperty().bind(kicker(cause, number, total, i18n));
        var title = new Label();
        title.setId("cause-title");
        title.getStyleClass().addAll("cause-title", "title-3");
        title.setWrapText(true);
        if (cause.title() != null) {
            title.setText(cause.title());
        } else {
            title.textProperty().bind(i18n.text("guide.solution"));
        }
        getChildren().addAll(kicker, title);

        model.answerOf(cause).ifPresent(answer -> getChildren().add(answered(answer, i18n)));
        model.history(cause).ifPresent(h -> {
            var past = new Label();
            past.setId("cause-history");
            past.textProperty().bind(i18n.text("guide.history", h.resolved(), h.onPath()));
            past.setGraphic(new FontIcon("mdi2h-history"));
            past.getStyleClass().add("cause-history");
            getChildren().add(past);
        });
        if (!model.onPath(cause)) {
            var note = new Label();
            note.textProperty().bind(i18n.text("guide.offPath"));
            note.setGraphic(new FontIcon("mdi2i-information-outline"));
            note.getStyleClass().add("off-path");
            note.setWrapText(true);
            getChildren().add(note);
        }
        if (!cause.intro().isEmpty()) {
            getChildren().add(renderer.render(cause.intro()));
        }
        if (!cause.steps().isEmpty()) {
            var heading = new Label();
            heading.textProperty().bind(i18n.text("guide.steps"));
            heading.getStyleClass().add("section-label");
            var steps = new VBox(8);
            steps.getStyleClass().add("guide-steps");
            for (Step step : cause.steps()) {
                steps.getChildren().add(new StepView(step, model, renderer, commands));
            }
            getChildren().addAll(heading, steps);
        }
        if (!cause.notes().isEmpty()) {
            getChildren().add(renderer.render(cause.notes().stream().map(a -> (Block) a)
                    .toList()));
        }
        if (!cause.logs().isEmpty()) {
            var logs = new Label();
            logs.textProperty().bind(i18n.text("guide.logs", cause.logs().stream().collect(Collectors.joining(", "))));
            logs.setGraphic(new FontIcon("mdi2f-file-document-outline"));
            logs.setWrapText(true);
            logs.getStyleClass().add("cause-logs");
            getChildren().add(logs);
        }
    }

    private static StringBinding kicker(Cause cause, int number, int total, I18n i18n) {
        return switch (cause.kind()) {
            case CAUSE -> i18n.text("guide.cause.of", number, total);
            case STAGE -> i18n.text("guide.stage.of", number, total);
            case SOLUTION -> i18n.text("guide.solution.of", number, total);
        };
    }

    private static Label answered(Answer answer, I18n i18n) {
        var label = new Label();
        label.setId("cause-answer");
        label.textProperty().bind(i18n.text("guide.answered." + answer.name().toLowerCase(Locale.ROOT)));
        label.setGraphic(new FontIcon(Breadcrumb.icon(answer)));
        label.getStyleClass().addAll("answered", Breadcrumb.answerClass(answer));
        return label;
    }
}
