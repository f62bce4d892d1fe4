package io.troubleshooter.ui;

import io.troubleshooter.ui.i18n.I18n;
import io.troubleshooter.ui.i18n.Languages;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar above everything: Back, the app's name, the theme switch. */
final class TopBar extends HBox {

    TopBar(MainViewModel model, I18n i18n) {
        super(8);
        getStyleClass().add("top-bar");
        var back = new Button();
        back.setId("back");
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.getStyleClass().addAll("button-icon", "flat");
        back.setTooltip(tooltip(i18n, "top.back"));
        var title = new Label();
        title.getStyleClass().add("app-title");
        title.textProperty().bind(i18n.text("app.title"));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var theme = new ToggleButton();
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll("button-icon", "flat");
        theme.setTooltip(tooltip(i18n, "top.theme"));
        theme.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new FontIcon(theme.isSelected() ? "mdi2w-weather-sunny" : "mdi2w-weather-night"),
                theme.selectedProperty()));
        var language = new MenuButton();
        language.setId("language-menu");
        language.getStyleClass().addAll("flat");
        language.setGraphic(new FontIcon("mdi2t-translate"));
        language.setTooltip(tooltip(i18n, "top.language"));
        var choices = new ToggleGroup();
        for (Languages.Language l : Languages.SUPPORTED) {
            var item = new RadioMenuItem(l.nativeName());
            item.setId("language-" + l.locale().toLanguageTag());
            item.setToggleGroup(choices);
            item.setSelected(l.locale().equals(model.languageProperty().get()));
            item.setOnAction(e -> model.languageProperty().set(l.locale()));
            language.getItems().add(item);
        }
        language.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Languages.SUPPORTED.stream().filter(l -> l.locale().equals(model.languageProperty().get()))
                        .map(Languages.Language::nativeName).findFirst().orElse(""), model.languageProperty()));
        model.languageProperty().addListener((obs, old, now) -> choices.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("language-" + now.toLanguageTag()))));
        getChildren().addAll(back, title, spacer, language, theme);

        theme.selectedProperty().bindBidirectional(model.settings().dark());
        back.setOnAction(e -> model.back());
    }

    private static Tooltip tooltip(I18n i18n, String key) {
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        return tip;
    }
}
