package io.troubleshooter.ui.article;

import io.troubleshooter.ui.command.CommandActions;
import io.troubleshooter.ui.i18n.I18n;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/** A code block that is not a command (output, configuration, a sample): shown as written, copied as written. */
final class CodeBox extends VBox {

    private final String code;
    private final CommandActions actions;

    CodeBox(String info, String code, I18n i18n, CommandActions actions) {
        this.code = code;
        this.actions = actions;
        getStyleClass().add("md-code-box");

        var language = new Label(info == null ? "" : info.strip());
        language.getStyleClass().add("md-code-info");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var copy = new Button();
        copy.textProperty().bind(i18n.text("command.copy"));
        copy.setGraphic(new FontIcon("mdi2c-content-copy"));
        copy.getStyleClass().add("copy-button");
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text("article.code.copy.tooltip"));
        copy.setTooltip(tip);
        var header = new HBox(6, language, spacer, copy);
        header.getStyleClass().add("md-code-header");

        var text = new Text(code);
        text.getStyleClass().add("md-code-text");
        var flow = new TextFlow(text);
        flow.getStyleClass().add("md-code-flow");
        getChildren().addAll(header, flow);

        copy.setOnAction(e -> copy());
    }

    void copy() {
        var content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
        actions.copied(code);
    }
}
