package io.troubleshooter.ui;

import io.troubleshooter.ui.i18n.I18n;
import io.troubleshooter.ui.i18n.Languages;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar above everything: Back, the app's name, the incident buttons, language, theme, and a menu for the rest. */
final class TopBar extends HBox {

    TopBar(MainViewModel model, I18n i18n, IncidentActions actions, Runnable copyDiagnostics) {
        super(8);
        getStyleClass().add("top-bar");
        var back = new Button();
        back.setId("back");
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.getStyleClass().addAll("button-icon", "flat");
        back.setTooltip(tooltip(i18n, "top.back"));
        var listToggle = new ToggleButton();
        listToggle.setId("list-toggle");
        listToggle.setGraphic(new FontIcon("mdi2d-dock-left"));
        listToggle.getStyleClass().addAll("button-icon", "flat");
        listToggle.setTooltip(tooltip(i18n, "top.list", MainView.KEY_LIST.getDisplayText()));
        listToggle.selectedProperty().bindBidirectional(model.settings().listShown());
        var title = new Label();
        title.getStyleClass().add("app-title");
        title.textProperty().bind(i18n.text("app.title"));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var theme = new ToggleButton();
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll("button-icon", "flat");
        theme.setTooltip(tooltip(i18n, "top.theme"));
        theme.graphicProperty().bind(Bindings.createObjectBinding(
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
        language.textProperty().bind(Bindings.createStringBinding(
                () -> Languages.SUPPORTED.stream().filter(l -> l.locale().equals(model.languageProperty().get()))
                        .map(Languages.Language::nativeName).findFirst().orElse(""), model.languageProperty()));
        model.languageProperty().addListener((obs, old, now) -> choices.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("language-" + now.toLanguageTag()))));
        var newIncident = button("new-incident", "mdi2c-clipboard-plus-outline", i18n, "top.incident.new");
        newIncident.disableProperty().bind(model.browse().selectedProperty().isNull());
        newIncident.setOnAction(e -> actions.newIncident());
        var list = button("incidents", "mdi2c-clipboard-list-outline", i18n, "top.incident.list");
        list.setOnAction(e -> actions.list());
        var pdf = button("export-pdf", "mdi2f-file-pdf-box", i18n, "top.incident.pdf");
        pdf.setOnAction(e -> actions.exportPdf());
        var json = button("export-json", "mdi2f-file-export-outline", i18n, "top.incident.export");
        json.setOnAction(e -> actions.exportJson());
        var close = button("close-incident", "mdi2c-close-box-outline", i18n, "top.incident.close");
        close.setOnAction(e -> model.incidents().close());
        for (Button b : new Button[] {pdf, json, close}) {
            b.visibleProperty().bind(model.incidents().sessionProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        var diagnostics = new MenuItem();
        diagnostics.setId("copy-diagnostics");
        diagnostics.setGraphic(new FontIcon("mdi2b-bug-outline"));
        diagnostics.textProperty().bind(i18n.text("top.diagnostics.copy"));
        diagnostics.setOnAction(e -> copyDiagnostics.run());
        var more = new MenuButton();
        more.setId("app-menu");
        more.getStyleClass().addAll("button-icon", "flat");
        more.setGraphic(new FontIcon("mdi2d-dots-vertical"));
        more.setTooltip(tooltip(i18n, "top.menu"));
        var quit = new MenuItem();
        quit.setId("quit");
        quit.setGraphic(new FontIcon("mdi2e-exit-to-app"));
        quit.textProperty().bind(i18n.text("top.quit"));
        quit.setAccelerator(MainView.KEY_QUIT);
        quit.setOnAction(e -> getScene().getWindow().hide());
        more.getItems().addAll(diagnostics, quit);
        getChildren().addAll(back, listToggle, title, spacer, newIncident, list, pdf, json, close, language, theme, more);
        // When the window is narrow the title gives way; the buttons keep their words.
        title.setMinWidth(0);
        for (var control : new Control[] {back, listToggle, newIncident, list, pdf, json, close, language, theme, more}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }

        theme.selectedProperty().bindBidirectional(model.settings().dark());
        back.setOnAction(e -> model.back());
    }

    private static Button button(String id, String icon, I18n i18n, String key) {
        var b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(tooltip(i18n, key + ".tooltip"));
        return b;
    }

    private static Tooltip tooltip(I18n i18n, String key, Object... args) {
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key, args));
        return tip;
    }
}
