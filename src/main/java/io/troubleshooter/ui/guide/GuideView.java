package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.article.BlockRenderer;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.i18n.I18n;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Guide: the breadcrumb of the path taken, one cause as a card, and the three answers.
 * After the last cause, the end card: retry the backup, or what to collect before escalating.
 */
public final class GuideView extends BorderPane {

    private final GuideViewModel model;
    private final I18n i18n;
    private final BlockRenderer renderer;
    private final CommandContext commands;
    private final Breadcrumb breadcrumb;
    private final ScrollPane scroll = new ScrollPane();
    private final Button resolved = new Button();
    private final Button notResolved = new Button();
    private final Button skip = new Button();
    private final HBox answers;

    public GuideView(GuideViewModel model, I18n i18n, BlockRenderer renderer, CommandContext commands) {
        this.model = model;
        this.i18n = i18n;
        this.renderer = renderer;
        this.commands = commands;
        this.breadcrumb = new Breadcrumb(model, i18n);
        getStyleClass().add("guide-view");

        resolved.setId("answer-resolved");
        resolved.getStyleClass().addAll("success", "answer");
        resolved.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
        notResolved.setId("answer-next");
        notResolved.getStyleClass().addAll("accent", "answer");
        notResolved.setGraphic(new FontIcon("mdi2a-arrow-right-circle-outline"));
        skip.setId("answer-skip");
        skip.getStyleClass().addAll("flat", "answer");
        skip.setGraphic(new FontIcon("mdi2s-skip-next-outline"));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        answers = new HBox(8, resolved, notResolved, spacer, skip);
        answers.getStyleClass().add("answer-bar");

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        setTop(breadcrumb);
        setCenter(scroll);
        setBottom(answers);

        resolved.textProperty().bind(i18n.text("guide.answer.resolved"));
        notResolved.textProperty().bind(i18n.text("guide.answer.notResolved"));
        skip.textProperty().bind(i18n.text("guide.answer.skip"));

        resolved.setOnAction(e -> model.answer(Answer.RESOLVED));
        notResolved.setOnAction(e -> model.answer(Answer.NOT_RESOLVED));
        skip.setOnAction(e -> model.answer(Answer.SKIPPED));
        InvalidationListener rebuild = obs -> show();
        model.revisionProperty().addListener(rebuild);
        show();
    }

    private void show() {
        ErrorEntry entry = model.entryProperty().get();
        Cause cause = model.currentCause().orElse(null);
        answers.setVisible(cause != null);
        answers.setManaged(cause != null);
        if (entry == null) {
            scroll.setContent(new EmptyCard(i18n));
        } else if (cause == null) {
            scroll.setContent(new EndCard(entry, model, i18n));
        } else {
            scroll.setContent(new CauseCard(cause, model, i18n, renderer, commands));
        }
        scroll.setVvalue(0);
    }
}
