package io.troubleshooter.ui.incident;

import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Step;
import io.troubleshooter.guide.TreeChanges;
import io.troubleshooter.incident.ChecklistItem;
import io.troubleshooter.incident.ErrorRef;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.SafeText;
import io.troubleshooter.incident.WalkedVersion;
import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.i18n.I18n;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The incident's checklist beside the Guide: every cause and step with its state, note and time, the progress
 * along the path, whether the latest change is saved yet, and the items the path no longer goes through or the
 * article no longer has. The rows are a virtualised list, so ten thousand items open as fast as ten.
 */
public final class ChecklistView extends VBox {

    private static final System.Logger LOG = System.getLogger(ChecklistView.class.getName());

    /** One row: the item, where it stands, and its title in the language on screen. */
    record Line(ChecklistItem item, Incident.ItemStatus status, String title) { }

    private final IncidentViewModel incidents;
    private final GuideViewModel guide;
    private final I18n i18n;
    private final Supplier<ErrorEntry> entry;
    private final Function<String, String> otherTitle;
    private final Label title = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label saveState = new Label();
    private final Label versionNews = new Label();
    private @Nullable ErrorRef newsFor;
    private final ListView<Line> list = new ListView<>();
    /** The index of the row of the node on screen in the Guide, or -1. */
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private Map<String, Step> steps = Map.of();
    /** The node last scrolled into view, so a change elsewhere does not move the list again. */
    private String revealed;
    private String shownIncident;
    /** The key of the incident's error whose checklist is shown: the first one, or an added one on screen. */
    private String shownKey;

    public ChecklistView(IncidentViewModel incidents, GuideViewModel guide, I18n i18n, Supplier<ErrorEntry> entry) {
        this(incidents, guide, i18n, entry, id -> i18n.get("pdf.node.gone"));
    }

    /**
     * @param entry      the incident's error whose checklist is shown (the one on screen when it is the
     *                   incident's), in the UI's language, whose words the rows show
     * @param otherTitle the words of a node that entry lacks (from the incident's own version), never its id
     */
    public ChecklistView(IncidentViewModel incidents, GuideViewModel guide, I18n i18n, Supplier<ErrorEntry> entry,
                         Function<String, String> otherTitle) {
        super(8);
        this.otherTitle = otherTitle;
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
        saveState.setId("incident-save-state");
        saveState.getStyleClass().add("checklist-save-state");
        versionNews.setId("incident-version-news");
        versionNews.getStyleClass().addAll("checklist-version-news", Styles.TEXT_SMALL, Styles.WARNING);
        versionNews.setWrapText(true);
        versionNews.managedProperty().bind(versionNews.visibleProperty());
        versionNews.setVisible(false);
        list.setId("checklist-items");
        list.getStyleClass().addAll("checklist-list", "edge-to-edge");
        // Rows are worked on through their own controls: a selected row would only look like the current one.
        list.setSelectionModel(null);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ChecklistRow.Cell(this));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, new GlanceBar(incidents, i18n, entry), progress, progressText, saveState,
                versionNews, list);

        saveState.textProperty().bind(Bindings.createStringBinding(this::saveStateText,
                incidents.saveStateProperty(), incidents.problemProperty(), i18n.localeProperty()));
        incidents.incidentProperty().addListener((obs, old, now) -> show(now));
        guide.currentNodeProperty().addListener((obs, old, now) -> markCurrent());
        guide.entryProperty().addListener((obs, old, now) -> show(incidents.incidentProperty().get()));
        i18n.localeProperty().addListener((obs, old, now) -> show(incidents.incidentProperty().get()));
        incidents.kept().contentRevisionProperty().addListener((obs, old, now) -> {
            if (newsFor != null) {
                showNews(newsFor);
            }
        });
        show(incidents.incidentProperty().get());
    }

    /**
     * A checklist whose titles follow {@code entry}: after a language switch the error on screen is its translation,
     * chosen after the locale changed, and its titles are the ones to show.
     */
    public ChecklistView(IncidentViewModel incidents, GuideViewModel guide, I18n i18n,
            ObservableObjectValue<ErrorEntry> entry) {
        this(incidents, guide, i18n, (Supplier<ErrorEntry>) entry::get);
        entry.addListener((obs, old, now) -> show(incidents.incidentProperty().get()));
    }

    I18n i18n() {
        return i18n;
    }

    IntegerProperty currentProperty() {
        return current;
    }

    /** The list's rows, one per item in the checklist's order (an item listed twice has two). */
    ListView<Line> rows() {
        return list;
    }

    private String saveStateText() {
        return switch (incidents.saveStateProperty().get()) {
            case SAVED -> i18n.get("checklist.save.saved");
            case PENDING -> i18n.get("checklist.save.pending");
            case FAILED -> i18n.get("checklist.save.failed", String.valueOf(incidents.problemProperty().get()));
        };
    }

    /**
     * Replaces only the rows whose item, status or title changed, so a keystroke in a note touches one row, and
     * a change of state or language keeps the note being typed with its text and focus.
     */
    private void show(Incident incident) {
        if (incident == null) {
            newsFor = null;
            versionNews.setVisible(false);
            list.getItems().clear();
            revealed = null;
            shownIncident = null;
            shownKey = null;
            current.set(-1);
            return;
        }
        ErrorEntry error = entry.get();
        Incident whole = incident;
        // An added error on screen shows its own checklist; any other error, the incident's first one.
        var part = error == null ? Optional.<Incident>empty() : whole.part(error.key());
        incident = part.orElse(whole);
        if (part.isEmpty()) {
            error = error != null && error.key().equals(whole.error().key()) ? error : null;
        }
        if (!whole.id().equals(shownIncident) || !incident.error().key().equals(shownKey)) {
            shownIncident = whole.id();
            shownKey = incident.error().key();
            revealed = null;
        }
        showNews(incident.error());
        String vm = incident.info().vmName();
        title.setText(SafeText.line(incident.info().reference()) + (vm.isBlank() ? "" : " · " + SafeText.line(vm)));
        var p = incident.progress();
        progress.setProgress(p.fraction());
        progressText.textProperty().bind(i18n.text("checklist.progress", p.settled(), p.total()));
        var lines = lines(incident, error);
        var shown = list.getItems();
        if (shown.size() != lines.size()) {
            shown.setAll(lines);
        } else {
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).equals(shown.get(i))) {
                    shown.set(i, lines.get(i));
                }
            }
        }
        markCurrent();
    }

    private List<Line> lines(Incident incident, ErrorEntry error) {
        var titles = new HashMap<String, String>();
        var stepsById = new HashMap<String, Step>();
        List<Incident.ItemReport> reports;
        if (error == null) {
            reports = incident.statuses();
        } else {
            String untitled = i18n.get("guide.solution");
            for (Cause cause : error.causes()) {
                titles.put(DecisionTree.causeNode(cause), cause.title() != null ? cause.title() : untitled);
                cause.allSteps().forEach(s -> {
                    titles.putIfAbsent(DecisionTree.stepNode(s), s.title());
                    stepsById.putIfAbsent(DecisionTree.stepNode(s), s);
                });
            }
            reports = incident.reconcile(error.tree()).items();
        }
        steps = stepsById;
        var lines = new ArrayList<Line>(reports.size());
        for (Incident.ItemReport report : reports) {
            String id = report.item().nodeId();
            lines.add(new Line(report.item(), report.status(), titles.getOrDefault(id, otherTitle.apply(id))));
        }
        return lines;
    }

    /** The row of the cause or step on screen in the Guide stands out, and is scrolled into view when it moves. */
    private void markCurrent() {
        String node = guide.currentNodeProperty().get();
        int index = -1;
        var shown = list.getItems();
        for (int i = 0; node != null && i < shown.size(); i++) {
            if (shown.get(i).item().nodeId().equals(node)) {
                index = i;
                break;
            }
        }
        current.set(index);
        if (index < 0) {
            revealed = null;
        } else if (!node.equals(revealed)) {
            revealed = node;
            int row = index;
            // After the pulse that lays the rows out.
            Platform.runLater(() -> reveal(row, node));
        }
    }

    private void reveal(int index, String node) {
        if (!node.equals(revealed) || index >= list.getItems().size()) {
            return;
        }
        var flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null || index <= first.getIndex() || index >= last.getIndex()) {
            // A row or two of what came before stays in sight above it.
            list.scrollTo(Math.max(0, index - 2));
        }
    }

    /** A state picked in a row: a step's done and to-do go through the Guide, which ticks it there too. */
    void setState(ChecklistItem item, ChecklistItem.State state) {
        Step step = steps.get(item.nodeId());
        if (step != null && (state == ChecklistItem.State.DONE || state == ChecklistItem.State.TODO)) {
            guide.setDone(step, state == ChecklistItem.State.DONE);
        } else if (incidents.sessionProperty().get() != null) {
            incidents.sessionProperty().get().setState(shownKey, item.nodeId(), state, Instant.now());
        }
    }

    /** A note as it is typed. */
    void note(ChecklistItem item, String text) {
        if (shownKey != null) {
            incidents.note(shownKey, item.nodeId(), text);
        }
    }

    /** Says when a newer version of the article (or the same one edited) changed the causes of the error shown. */
    private void showNews(ErrorRef ref) {
        newsFor = ref;
        incidents.kept().news(ref).whenComplete((news, failed) -> Platform.runLater(() -> {
            if (!ref.equals(newsFor)) {
                return;
            }
            if (failed != null) {
                LOG.log(System.Logger.Level.WARNING, "What changed since the walked version is not known", failed);
            }
            Optional<WalkedVersion.News> told = failed == null ? news : Optional.empty();
            versionNews.setVisible(told.isPresent());
            versionNews.setText(told.map(n -> newsText(ref, n)).orElse(""));
        }));
    }

    private String newsText(ErrorRef ref, WalkedVersion.News news) {
        var counts = new EnumMap<TreeChanges.Kind, Integer>(TreeChanges.Kind.class);
        news.changes().forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        var parts = new ArrayList<String>();
        counts.forEach((kind, n) -> parts.add(i18n.get("incident.version." + kind.name().toLowerCase(Locale.ROOT),
                n)));
        String what = parts.isEmpty() ? i18n.get("incident.version.none") : String.join(", ", parts);
        return news.version().equals(ref.articleVersion())
                ? i18n.get("incident.version.edited", ref.articleVersion(), what)
                : i18n.get("incident.version.newer", news.version(), what, ref.articleVersion());
    }
}
