package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.ui.i18n.I18n;

import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The path taken: the error, each cause reached with its answer, and the end once reached. Click to go back.
 * A flow of buttons rather than ControlsFX's BreadCrumbBar: that bar lays its crumbs on one row, so a long walk
 * is cut at a small window where this one wraps, and it reads a click as leaving the crumbs after it behind,
 * where here every cause answered stays on the path.
 */
final class Breadcrumb extends FlowPane {

    private final GuideViewModel model;
    private final I18n i18n;

    Breadcrumb(GuideViewModel model, I18n i18n) {
        super(4, 4);
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("guide-breadcrumb");
        InvalidationListener rebuild = obs -> rebuild();
        model.revisionProperty().addListener(rebuild);
        rebuild();
    }

    /** Made anew on every change; the crumb that had the focus (just clicked, or reached with Tab) keeps it. */
    private void rebuild() {
        String focused = getChildren().stream().filter(Node::isFocused).map(Node::getId).findFirst().orElse(null);
        fill();
        if (focused != null) {
            getChildren().stream().filter(n -> focused.equals(n.getId())).findFirst().ifPresent(Node::requestFocus);
        }
    }

    private void fill() {
        getChildren().clear();
        ErrorEntry entry = model.entryProperty().get();
        if (entry == null) {
            return;
        }
        for (GuideViewModel.PathItem item : model.path()) {
            if (!getChildren().isEmpty()) {
                getChildren().add(chevron());
            }
            var crumb = new Button();
            crumb.textProperty().bind(label(item.cause(), item.index() + 1));
            crumb.setGraphic(new FontIcon(icon(item.answer())));
            crumb.getStyleClass().addAll("crumb", "flat", answerClass(item.answer()));
            if (item.index() == model.positionProperty().get()) {
                crumb.getStyleClass().add("current");
            }
            crumb.setId("crumb-" + (item.index() + 1));
            crumb.setOnAction(e -> model.goTo(item.index()));
            getChildren().add(crumb);
        }
        if (model.outcomeProperty().get() != Walk.Outcome.OPEN) {
            getChildren().add(chevron());
            var end = new Button();
            boolean ok = model.outcomeProperty().get() == Walk.Outcome.RESOLVED;
            end.textProperty().bind(i18n.text(ok ? "guide.end.resolved" : "guide.end.escalate"));
            end.setGraphic(new FontIcon(ok ? "mdi2f-flag-checkered" : "mdi2a-account-arrow-up-outline"));
            end.getStyleClass().addAll("crumb", "flat", ok ? "answer-resolved" : "answer-escalate");
            if (model.positionProperty().get() == GuideViewModel.END) {
                end.getStyleClass().add("current");
            }
            end.setId("crumb-end");
            end.setOnAction(e -> model.goTo(GuideViewModel.END));
            getChildren().add(end);
        }
    }

    private StringBinding label(Cause cause, int number) {
        return switch (cause.kind()) {
            case CAUSE -> i18n.text("guide.cause.short", number);
            case STAGE -> i18n.text("guide.stage.short", number);
            case SOLUTION -> i18n.text("guide.solution");
        };
    }

    private static Label chevron() {
        var label = new Label();
        label.setGraphic(new FontIcon("mdi2c-chevron-right"));
        label.getStyleClass().add("crumb-separator");
        return label;
    }

    static String icon(Answer answer) {
        if (answer == null) {
            return "mdi2c-circle-outline";
        }
        return switch (answer) {
            case RESOLVED -> "mdi2c-check-circle";
            case NOT_RESOLVED -> "mdi2c-close-circle";
            case SKIPPED -> "mdi2s-skip-next-circle";
        };
    }

    static String answerClass(Answer answer) {
        return answer == null ? "answer-open" : "answer-" + answer.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
