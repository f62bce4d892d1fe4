package io.troubleshooter.ui;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.i18n.I18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Above the three views: the error open, its message, and which article and language it comes from. */
final class EntryHeader extends VBox {

    private final Label code = new Label();
    private final Label message = new Label();
    private final Label source = new Label();
    private final Label language = new Label();
    private final Label missing = new Label();

    EntryHeader(MainViewModel model, I18n i18n) {
        super(2);
        getStyleClass().add("entry-header");
        code.setId("entry-code");
        code.getStyleClass().addAll("title-2", "entry-header-code");
        code.setWrapText(true);
        message.setId("entry-message");
        message.getStyleClass().add("entry-header-message");
        message.setWrapText(true);
        source.getStyleClass().add("entry-header-source");
        language.getStyleClass().add("lang-badge");
        language.setMinWidth(Region.USE_PREF_SIZE);
        missing.setId("content-language-badge");
        missing.getStyleClass().add("missing-language-badge");
        missing.setGraphic(new FontIcon("mdi2t-translate-off"));
        missing.setWrapText(true);
        missing.visibleProperty().bind(model.missingLanguageProperty().isNotNull());
        missing.managedProperty().bind(missing.visibleProperty());
        missing.textProperty().bind(Bindings.createStringBinding(() -> {
            String absent = model.missingLanguageProperty().get();
            var entry = model.browse().selectedProperty().get();
            return absent == null || entry == null ? "" : i18n.get("content.otherLanguage",
                    i18n.get("language.name." + Locale.forLanguageTag(absent).getLanguage()),
                    i18n.languageName(entry.locale()));
        }, model.missingLanguageProperty(), model.browse().selectedProperty(), i18n.localeProperty()));
        getChildren().addAll(code, message, new HBox(8, language, source), missing);
        model.browse().selectedProperty().addListener((obs, old, now) -> show(now, model, i18n));
        i18n.localeProperty().addListener((obs, old, now) -> show(model.browse().selectedProperty().get(), model, i18n));
        show(null, model, i18n);
    }

    /** The article's date as the UI's language writes dates; left as it is when it is not a date. */
    static String localDate(String version, Locale locale) {
        try {
            return LocalDate.parse(version).format(new DateTimeFormatterBuilder()
                    .appendLocalized(FormatStyle.MEDIUM, null).toFormatter(locale));
        } catch (DateTimeParseException e) {
            return version;
        }
    }

    private void show(ErrorEntry entry, MainViewModel model, I18n i18n) {
        setVisible(entry != null);
        setManaged(entry != null);
        if (entry == null) {
            return;
        }
        String heading = entry.codes().isEmpty() ? entry.title() : String.join(" / ", entry.codes());
        code.setText(heading);
        String text = entry.message();
        message.setText(text == null || text.equals(heading) ? "" : text);
        message.setManaged(!message.getText().isEmpty());
        language.setText(entry.locale());
        source.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("entry.source",
                model.browse().articleTitle(entry), localDate(entry.articleVersion(), i18n.locale())), i18n.localeProperty()));
    }
}
