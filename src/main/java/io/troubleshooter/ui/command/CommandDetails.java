package io.troubleshooter.ui.command;

import io.troubleshooter.guide.Command;
import io.troubleshooter.ui.i18n.I18n;

import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The (i) button of a command card and the ControlsFX {@link PopOver} it opens: the shell, whether the command
 * changes the system, the placeholders to fill, and what was cleaned in the article's text.
 */
final class CommandDetails {

    private CommandDetails() {
    }

    static Button button(Command command, I18n i18n) {
        var button = new Button();
        button.getStyleClass().addAll("button-icon", "flat", "command-details-button");
        button.setGraphic(new FontIcon("mdi2i-information-outline"));
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text("command.details"));
        button.setTooltip(tip);
        button.setOnAction(e -> {
            var pop = new PopOver(content(command, i18n));
            pop.getStyleClass().addAll("app-popover", "command-details");
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            pop.setDetachable(false);
            pop.setAutoHide(true);
            pop.show(button);
        });
        return button;
    }

    static VBox content(Command command, I18n i18n) {
        var box = new VBox(6);
        box.setId("command-details");
        box.getStyleClass().add("command-details-content");
        box.getChildren().add(line(i18n.get("command.details.shell", command.shell().label())));
        box.getChildren().add(line(i18n.get(command.changesState()
                ? "command.details.changes" : "command.details.reads")));
        var names = command.placeholders().stream().filter(p -> !p.environment()).map(Command.Placeholder::name)
                .distinct().toList();
        if (!names.isEmpty()) {
            box.getChildren().add(line(i18n.get("command.details.placeholders", String.join(", ", names))));
        }
        for (Command.Flag flag : command.flags()) {
            box.getChildren().add(line(i18n.get("command.flag." + flag.name().toLowerCase(Locale.ROOT))));
        }
        return box;
    }

    private static Label line(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(360);
        return label;
    }
}
