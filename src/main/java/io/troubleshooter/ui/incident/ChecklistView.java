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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
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
    private final ScrollPane scroll = new ScrollPane();
    /** The node last scrolled into view, so a change elsewhere does not move the list again. */
    private String revealed;
    private String shownIncident;
    private final Map<String, Row> rows = new HashMap<>();
    private static final String CURRENT = "checklist-current";

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
        scroll.setContent(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("checklist-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, progress, progressText, scroll);
        incidents.incidentProperty().addListener((obs, old, now) -> show(now));
        guide.currentNodeProperty().addListener((obs, old, now) -> markCurrent());
        i18n.localeProperty().addListener((obs, old, now) -> show(incidents.incidentProperty().get()));
        show(incidents.incidentProperty().get());
    }

    /**
     * Updates the rows in place: a row stays the same node for the same item, so a change of state or language
     * only changes texts and style classes, and a note being typed keeps its text and focus.
     */
    private void show(Incident incident) {
        if (incident == null) {
            items.getChildren().clear();
            rows.clear();
            revealed = null;
            return;
        }
        if (!incident.id().equals(shownIncident)) {
            shownIncident = incident.id();
            revealed = null;
        }
        title.setText(incident.info().reference() + (incident.info().vmName().isBlank() ? ""
                : " · " + incident.info().vmName()));
        var p = incident.progress();
        progress.setProgress(p.fraction());
        progressText.textProperty().bind(i18n.text("checklist.progress", p.settled(), p.total()));
        ErrorEntry current = entry.get();
        var nodes = Nodes.of(current, i18n.get("guide.solution"));
        DecisionTree tree = current == null ? null : current.tree();
        Map<String, Incident.ItemStatus> statuses = new HashMap<>();
        if (tree != null) {
            incident.reconcile(tree).items().forEach(r -> statuses.put(r.item().nodeId(), r.status()));
        }
        var shown = new ArrayList<Row>(incident.items().size());
        var kept = new HashMap<String, Row>();
        for (ChecklistItem item : incident.items()) {
            Incident.ItemStatus status = tree == null ? incident.status(item)
                    : statuses.getOrDefault(item.nodeId(), Incident.ItemStatus.MISSING_NODE);
            // An edited file may list a node twice: each listing keeps a row of its own.
            String key = item.nodeId();
            for (int copy = 1; kept.containsKey(key); copy++) {
                key = item.nodeId() + "\u0000" + copy;
            }
            Row row = rows.get(key);
            if (row == null) {
                row = new Row();
            }
            row.update(item, status, nodes);
            kept.put(key, row);
            shown.add(row);
        }
        rows.keySet().retainAll(kept.keySet());
        rows.putAll(kept);
        if (!items.getChildren().equals(shown)) {
            items.getChildren().setAll(shown);
        }
        markCurrent();
    }

    /** The row of the cause or step on screen in the Guide stands out, and is scrolled into view when it moves. */
    private void markCurrent() {
        String current = guide.currentNodeProperty().get();
        Row first = null;
        for (Row row : rows.values()) {
            boolean now = current != null && row.item != null && current.equals(row.item.nodeId());
            if (now && (first == null || items.getChildren().indexOf(row) < items.getChildren().indexOf(first))) {
                first = row;
            }
            if (now != row.getStyleClass().contains(CURRENT)) {
                if (now) {
                    row.getStyleClass().add(CURRENT);
                } else {
                    row.getStyleClass().remove(CURRENT);
                }
            }
        }
        if (first == null) {
            revealed = null;
        } else if (!current.equals(revealed)) {
            revealed = current;
            Row row = first;
            // After the pulse that lays the rows out.
            javafx.application.Platform.runLater(() -> reveal(row, current));
        }
    }

    private void reveal(Row row, String node) {
        if (!node.equals(revealed) || row.getParent() != items) {
            return;
        }
        double content = items.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (view <= 0) {
            // Not laid out yet (the checklist has just been added): once it is.
            scroll.viewportBoundsProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    scroll.viewportBoundsProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> reveal(row, node));
                }
            });
            return;
        }
        if (content <= view) {
            return;
        }
        double top = scroll.getVvalue() * (content - view);
        double y = row.getBoundsInParent().getMinY();
        if (y < top || y + row.getHeight() > top + view) {
            scroll.setVvalue(Math.clamp((y - view / 4) / (content - view), 0, 1));
        }
    }

    /** Titles and steps of the error on screen by checklist node id. */
    private record Nodes(Map<String, String> titles, Map<String, Step> steps) {

        static Nodes of(ErrorEntry entry, String untitledCause) {
            var titles = new HashMap<String, String>();
            var steps = new HashMap<String, Step>();
            if (entry != null) {
                for (Cause cause : entry.causes()) {
                    titles.put(DecisionTree.causeNode(cause), cause.title() != null ? cause.title() : untitledCause);
                    cause.allSteps().forEach(s -> {
                        titles.putIfAbsent(DecisionTree.stepNode(s), s.title());
                        steps.putIfAbsent(DecisionTree.stepNode(s), s);
                    });
                }
            }
            return new Nodes(titles, steps);
        }
    }

    /** One checklist item: its state menu, its title, a flag when it is off the path, and its note. */
    private final class Row extends HBox {

        private final MenuButton state = new MenuButton();
        private final Label text = new Label();
        private final Label flag = new Label();
        private final TextField note = new TextField();
        private final VBox body = new VBox(2, text, note);
        private ChecklistItem item;
        private Nodes nodes;
        private String statusClass;

        Row() {
            super(6);
            state.getStyleClass().addAll("checklist-state", "flat");
            for (ChecklistItem.State s : ChecklistItem.State.values()) {
                var choice = new MenuItem();
                choice.textProperty().bind(Bindings.concat(symbol(s), "  ",
                        i18n.text("checklist.state." + s.name().toLowerCase(Locale.ROOT))));
                choice.setOnAction(e -> setState(item, s, nodes));
                state.getItems().add(choice);
            }
            text.setWrapText(true);
            note.promptTextProperty().bind(i18n.text("checklist.note"));
            note.getStyleClass().add("checklist-note");
            note.setOnAction(e -> saveNote(item, note.getText()));
            note.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    saveNote(item, note.getText());
                }
            });
            flag.getStyleClass().add("checklist-flag");
            HBox.setHgrow(body, Priority.ALWAYS);
            getChildren().addAll(state, body);
            getStyleClass().add("checklist-item");
        }

        void update(ChecklistItem item, Incident.ItemStatus status, Nodes nodes) {
            this.item = item;
            this.nodes = nodes;
            state.setId("state-" + item.nodeId());
            state.setText(symbol(item.state()));
            text.setText(nodes.titles().getOrDefault(item.nodeId(), item.nodeId()));
            swap(text.getStyleClass(), item.causeItem() ? "checklist-step" : "checklist-cause",
                    item.causeItem() ? "checklist-cause" : "checklist-step");
            if (item.causeItem()) {
                getStyleClass().remove("checklist-nested");
            } else if (!getStyleClass().contains("checklist-nested")) {
                getStyleClass().add("checklist-nested");
            }
            note.setId("note-" + item.nodeId());
            if (!note.isFocused()) {
                note.setText(item.note() == null ? "" : item.note());
            }
            String newClass = "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            swap(getStyleClass(), statusClass, newClass);
            statusClass = newClass;
            if (status == Incident.ItemStatus.ON_PATH) {
                flag.textProperty().unbind();
                body.getChildren().remove(flag);
            } else {
                flag.textProperty().bind(i18n.text("checklist.status." + status.name().toLowerCase(Locale.ROOT)));
                if (!body.getChildren().contains(flag)) {
                    body.getChildren().add(1, flag);
                }
            }
        }

        private static void swap(List<String> classes, String old, String now) {
            if (old != null && !old.equals(now)) {
                classes.remove(old);
            }
            if (!classes.contains(now)) {
                classes.add(now);
            }
        }
    }

    private void setState(ChecklistItem item, ChecklistItem.State state, Nodes nodes) {
        Step step = nodes.steps().get(item.nodeId());
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

    static String symbol(ChecklistItem.State state) {
        return switch (state) {
            case TODO -> "☐";
            case DONE -> "☑";
            case SKIPPED -> "↷";
            case NOT_APPLICABLE -> "⊘";
        };
    }
}
