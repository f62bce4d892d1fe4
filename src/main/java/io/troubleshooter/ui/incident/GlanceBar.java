package io.troubleshooter.ui.incident;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentGlance;
import io.troubleshooter.incident.IncidentTexts;
import io.troubleshooter.ui.i18n.I18n;

import java.time.ZoneId;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.jspecify.annotations.Nullable;

/**
 * The incident at a glance, above its checklist: *Timeline* shows what was done, with times, in a pop-over;
 * *Copy summary* puts the plain-text summary for the ticket on the clipboard and says so.
 */
final class GlanceBar extends FlowPane {

    private final IncidentViewModel incidents;
    private final I18n i18n;
    private final Supplier<ErrorEntry> entry;
    private final Label copied = new Label();
    private PopOver shown;

    GlanceBar(IncidentViewModel incidents, I18n i18n, Supplier<ErrorEntry> entry) {
        super(8, 4);
        this.incidents = incidents;
        this.i18n = i18n;
        this.entry = entry;
        getStyleClass().add("incident-glance");
        var timeline = new Button();
        timeline.setId("incident-timeline");
        timeline.textProperty().bind(i18n.text("glance.timeline"));
        timeline.setTooltip(tooltip("glance.timeline.tooltip"));
        timeline.getStyleClass().add(Styles.SMALL);
        timeline.setOnAction(e -> showTimeline(timeline));
        var copy = new Button();
        copy.setId("incident-copy-summary");
        copy.textProperty().bind(i18n.text("glance.copy"));
        copy.setTooltip(tooltip("glance.copy.tooltip"));
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> copySummary());
        copied.setId("incident-summary-copied");
        copied.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        getChildren().addAll(timeline, copy, copied);
        incidents.incidentProperty().addListener((obs, old, now) -> copied.setText(""));
    }

    /** The glance of the incident open, in the words of the UI's language; null when none is open. */
    @Nullable IncidentGlance glance() {
        Incident incident = incidents.incidentProperty().get();
        if (incident == null) {
            return null;
        }
        var texts = incidents.kept().texts(incident, i18n.locale(), key -> i18n.get(key));
        if (texts.entry().isEmpty()) {
            // No content loaded yet: the error on screen gives the words.
            ErrorEntry error = entry.get();
            texts = new IncidentTexts(error, error, i18n.locale(), key -> i18n.get(key));
        }
        return new IncidentGlance(incident, texts, ZoneId.systemDefault());
    }

    private void copySummary() {
        var glance = glance();
        if (glance == null) {
            return;
        }
        var content = new ClipboardContent();
        content.putString(glance.summary());
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText(i18n.get("glance.copy.done"));
    }

    private void showTimeline(Button owner) {
        var glance = glance();
        if (glance == null) {
            return;
        }
        if (shown != null) {
            shown.hide();
        }
        var list = new ListView<String>();
        list.setId("incident-timeline-list");
        list.setPrefSize(460, 360);
        list.setPlaceholder(new Label(i18n.get("glance.timeline.empty")));
        glance.timeline().forEach(event -> list.getItems().add(glance.time(event.at()) + "  " + event.text()));
        var title = new Label(i18n.get("glance.timeline.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        var box = new VBox(8, title, list);
        box.setStyle("-fx-padding: 10;");
        shown = new PopOver(box);
        shown.getStyleClass().add("app-popover");
        shown.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        shown.setDetachable(false);
        shown.show(owner);
    }

    private Tooltip tooltip(String key) {
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        return tip;
    }
}
