package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.i18n.I18n;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The end of the walk: resolved (retry the backup to confirm) or escalate (what to collect first). */
final class EndCard extends VBox {

    EndCard(ErrorEntry entry, GuideViewModel model, I18n i18n) {
        super(12);
        getStyleClass().addAll("end-card", "card");
        setId("end-card");
        var outcome = model.outcomeProperty().get();
        var title = new Label();
        title.setId("end-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        switch (outcome) {
            case RESOLVED -> {
                title.textProperty().bind(i18n.text("guide.end.resolved.title"));
                title.setGraphic(new FontIcon("mdi2c-check-circle"));
                getStyleClass().add("end-resolved");
                getChildren().add(title);
                model.path().stream().filter(p -> p.answer() == Answer.RESOLVED).findFirst()
                        .ifPresent(p -> getChildren().add(text(i18n.text(resolvedBy(p.cause()), p.index() + 1,
                                p.cause().title() == null ? "" : p.cause().title()))));
                getChildren().add(text(i18n.text("guide.end.retry")));
            }
            case ESCALATED -> {
                title.textProperty().bind(i18n.text("guide.end.escalate.title"));
                title.setGraphic(new FontIcon("mdi2a-account-arrow-up-outline"));
                getStyleClass().add("end-escalate");
                getChildren().addAll(title, text(i18n.text("guide.end.retryFirst")));
                var collect = new Label();
                collect.textProperty().bind(i18n.text("guide.end.collect"));
                collect.getStyleClass().add("section-label");
                var logs = new VBox(4);
                logs.setId("escalate-logs");
                for (String log : entry.logs()) {
                    var item = new Label(log);
                    item.setGraphic(new FontIcon("mdi2f-file-document-outline"));
                    item.setWrapText(true);
                    logs.getChildren().add(item);
                }
                if (entry.logs().isEmpty()) {
                    logs.getChildren().add(text(i18n.text("guide.end.collect.none")));
                }
                logs.getChildren().add(text(i18n.text("guide.end.collect.always")));
                getChildren().addAll(collect, logs);
            }
            case OPEN -> {
                title.textProperty().bind(i18n.text("guide.end.open.title"));
                getChildren().addAll(title, text(i18n.text("guide.end.open")));
            }
        }
        var back = new Button();
        back.textProperty().bind(i18n.text("guide.back"));
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.setOnAction(e -> model.back());
        var restart = new Button();
        restart.setId("guide-restart");
        restart.textProperty().bind(i18n.text("guide.restart"));
        restart.setGraphic(new FontIcon("mdi2r-restart"));
        restart.setOnAction(e -> model.open(entry));
        getChildren().add(new HBox(8, back, restart));
    }

    private static Label text(StringBinding binding) {
        var label = new Label();
        label.textProperty().bind(binding);
        label.setWrapText(true);
        return label;
    }

    /** Said with the breadcrumb's word for it: "Fixed by step 3" beside a crumb that reads "Step 3". */
    private static String resolvedBy(Cause cause) {
        return switch (cause.kind()) {
            case CAUSE -> "guide.end.resolvedBy";
            case STAGE -> "guide.end.resolvedBy.stage";
            case SOLUTION -> "guide.end.resolvedBy.solution";
        };
    }
}
