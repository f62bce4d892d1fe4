package io.troubleshooter.ui.incident;

import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Step;
import io.troubleshooter.incident.ChecklistItem;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.i18n.I18n;

import java.time.Instant;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The incident's checklist beside the Guide: every cause and step with its state, note and time, the progress
 * along the path, and the items the path no longer goes through or the article no longer has.
 */
public final class ChecklistView extends VBox {

    private final IncidentViewModel incidents;
    private final GuideViewModel guide;
    private final I18n i18n;
    private final Supplier<ErrorEntry> entry;
    private final Label title = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final VBox items = new VBox(4);

    public ChecklistView(IncidentViewModel incidents, GuideViewModel guide, I18n i18n, Supplier<ErrorEntry> entry) {
        super(8);
        this.incidents = incidents;
        this.guide = guide;
        this.i18n = i18n;
        this.entry = entry;
        setId("checklist");
        getStyleClass().add("checklist-view");
        title.getStyleClass().add("checklist-title");
        title.setWrapText(true);
        progress.setId("incident-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.getStyleClass().add("checklist-progress-text");
        var scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("checklist-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, progress, progressText, scroll);
        incidents.incidentProperty().addListener((obs, old, now) -> show(now));
        i18n.localeProperty().addListener((obs, old, now) -> show(incidents.incidentProperty().get()));
        show(incidents.incidentProperty().get());
    }

    private void show(Incident incident) {
        items.getChildren().clear();
        if (incident == null) {
            return;
        }
        title.setText(incident.info().reference() + (incident.info().vmName().isBlank() ? ""
                : " · " + incident.info().vmName()));
        var p = incident.progress();
        progress.setProgress(p.fraction());
        progressText.textProperty().bind(i18n.text("checklist.progress", p.settled(), p.total()));
        ErrorEntry current = entry.get();
        DecisionTree tree = current == null ? null : current.tree();
        var report = tree == null ? null : incident.reconcile(tree);
        for (ChecklistItem item : incident.items()) {
            Incident.ItemStatus status = report == null ? incident.status(item) : report.items().stream()
                    .filter(r -> r.item().nodeId().equals(item.nodeId())).map(Incident.ItemReport::status)
                    .findFirst().orElse(Incident.ItemStatus.MISSING_NODE);
            items.getChildren().add(row(item, status, current));
        }
    }

    private HBox row(ChecklistItem item, Incident.ItemStatus status, ErrorEntry current) {
        var state = new MenuButton(symbol(item.state()));
        state.setId("state-" + item.nodeId());
        state.getStyleClass().addAll("checklist-state", "flat");
        for (ChecklistItem.State s : ChecklistItem.State.values()) {
            var choice = new MenuItem(symbol(s) + "  " + i18n.get("checklist.state." + s.name().toLowerCase()));
            choice.setOnAction(e -> setState(item, s, current));
            state.getItems().add(choice);
        }
        var text = new Label(label(item, current));
        text.setWrapText(true);
        text.getStyleClass().add(item.causeItem() ? "checklist-cause" : "checklist-step");
        var note = new TextField(item.note() == null ? "" : item.note());
        note.setId("note-" + item.nodeId());
        note.promptTextProperty().bind(i18n.text("checklist.note"));
        note.getStyleClass().add("checklist-note");
        note.setOnAction(e -> saveNote(item, note.getText()));
        note.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                saveNote(item, note.getText());
            }
        });
        var body = new VBox(2, text, note);
        if (status != Incident.ItemStatus.ON_PATH) {
            var flag = new Label();
            flag.textProperty().bind(i18n.text("checklist.status." + status.name().toLowerCase()));
            flag.getStyleClass().add("checklist-flag");
            body.getChildren().add(1, flag);
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        var row = new HBox(6, state, body);
        row.getStyleClass().addAll("checklist-item", "status-" + status.name().toLowerCase().replace('_', '-'));
        if (!item.causeItem()) {
            row.getStyleClass().add("checklist-nested");
        }
        return row;
    }

    private void setState(ChecklistItem item, ChecklistItem.State state, ErrorEntry current) {
        Step step = current == null ? null : stepOf(current, item.nodeId());
        if (step != null && (state == ChecklistItem.State.DONE || state == ChecklistItem.State.TODO)) {
            guide.setDone(step, state == ChecklistItem.State.DONE);
        } else if (incidents.sessionProperty().get() != null) {
            incidents.sessionProperty().get().setState(item.nodeId(), state, Instant.now());
        }
    }

    private void saveNote(ChecklistItem item, String text) {
        var session = incidents.sessionProperty().get();
        String before = item.note() == null ? "" : item.note();
        if (session != null && !before.equals(text)) {
            session.setNote(item.nodeId(), text, Instant.now());
        }
    }

    private String label(ChecklistItem item, ErrorEntry current) {
        if (current != null) {
            for (Cause cause : current.causes()) {
                if (item.nodeId().equals(DecisionTree.causeNode(cause))) {
                    return cause.title() != null ? cause.title() : i18n.get("guide.solution");
                }
            }
            Step step = stepOf(current, item.nodeId());
            if (step != null) {
                return step.title();
            }
        }
        return item.nodeId();
    }

    private static Step stepOf(ErrorEntry entry, String nodeId) {
        return entry.causes().stream().flatMap(Cause::allSteps)
                .filter(s -> nodeId.equals(DecisionTree.stepNode(s))).findFirst().orElse(null);
    }

    static String symbol(ChecklistItem.State state) {
        return switch (state) {
            case TODO -> "☐";
            case DONE -> "☑";
            case SKIPPED -> "↷";
            case NOT_APPLICABLE -> "⊘";
        };
    }
}
