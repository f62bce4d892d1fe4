package io.troubleshooter.ui;

import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.incident.IncidentPdf;
import io.troubleshooter.ui.i18n.I18n;
import io.troubleshooter.ui.incident.IncidentsDialog;
import io.troubleshooter.ui.incident.NewIncidentDialog;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;

import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** What the incident buttons do: ask, then tell the view model; files are chosen here, never in view models. */
final class IncidentActions {

    private static final Logger LOG = System.getLogger(IncidentActions.class.getName());

    private final MainViewModel model;
    private final I18n i18n;
    private final Node owner;
    private final Toast toast;
    private IncidentInfo draft;

    IncidentActions(MainViewModel model, I18n i18n, Node owner, Toast toast) {
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;
        this.toast = toast;
    }

    /**
     * Asks for the new incident and makes it; when it cannot be made the dialog stays with what was typed, and
     * what was typed in a dialog closed without an incident is offered again next time.
     */
    void newIncident() {
        var entry = model.browse().selectedProperty().get();
        if (entry == null) {
            return;
        }
        String code = entry.codes().isEmpty() ? entry.title() : String.join(" / ", entry.codes());
        var dialog = new NewIncidentDialog(i18n, code, window(), draft, this::create);
        var created = dialog.ask();
        draft = created.isPresent() ? null : dialog.typed();
    }

    private Optional<String> create(IncidentInfo info) {
        if (model.newIncident(info)) {
            return Optional.empty();
        }
        return Optional.of(model.incidents().lockedProperty().get() ? i18n.get("incident.new.locked")
                : i18n.get("incident.new.failed", String.valueOf(model.incidents().problemProperty().get())));
    }

    void list() {
        new IncidentsDialog(model.incidents(), i18n, window(), this::importFile).ask(summary -> {
            if (!model.openIncident(summary.id())) {
                toast.show(problem());
            }
        });
    }

    void importFile() {
        var chooser = chooser("incident.import.title", "*.json");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.incidents().importJson(file.toPath()).ifPresentOrElse(s -> model.openIncident(s.id()),
                    () -> toast.show(problem()));
        }
    }

    /** What went wrong with the incidents, in the UI's language when it is that another window has them. */
    private String problem() {
        return model.incidents().lockedProperty().get() ? i18n.get("incident.locked")
                : model.incidents().problemProperty().get();
    }

    void exportJson() {
        if (model.incidents().sessionProperty().get() == null) {
            return;
        }
        var chooser = chooser("incident.export.title", "*.json");
        chooser.setInitialFileName(fileName() + ".json");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            try {
                model.incidents().exportJson(file.toPath());
                toast.show(i18n.get("incident.saved", file.getName()));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The incident could not be exported to " + file, e);
                toast.show(i18n.get("incident.failed", e.getMessage()));
            }
        }
    }

    /**
     * Ctrl+P: the open incident as a PDF in the UI's language, with its own flowchart and path, whatever error is
     * on screen.
     */
    void exportPdf() {
        if (model.incidents().sessionProperty().get() == null) {
            toast.show(i18n.get("incident.pdf.none"));
            return;
        }
        var chooser = chooser("incident.pdf.title", "*.pdf");
        chooser.setInitialFileName(fileName() + ".pdf");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportPdf(file.toPath());
        }
    }

    boolean exportPdf(Path target) {
        try {
            var bundle = ResourceBundle.getBundle("i18n.messages", i18n.locale());
            model.incidents().exportPdf(target, model.catalogProperty().get(), i18n.locale(),
                    IncidentPdf.labels(bundle));
            toast.show(i18n.get("incident.saved", target.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The incident's PDF could not be written to " + target, e);
            toast.show(i18n.get("incident.failed", e.getMessage()));
            return false;
        }
    }

    private String fileName() {
        var incident = model.incidents().incidentProperty().get();
        String reference = incident == null ? "incident" : incident.info().reference();
        String safe = reference.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return safe.isBlank() ? "incident" : safe;
    }

    private FileChooser chooser(String titleKey, String pattern) {
        var chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return chooser;
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
