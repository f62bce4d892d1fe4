package io.troubleshooter.ui;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.ErrorRef;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentPdf;
import io.troubleshooter.ui.incident.IncidentViewModel;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** The open incident's errors and the words of its nodes in the UI's language: never a stored id. */
public final class IncidentWords {

    private final IncidentViewModel incidents;
    private final Supplier<@Nullable Catalog> catalog;
    private final Supplier<Locale> language;
    private final Supplier<@Nullable ErrorEntry> shown;

    IncidentWords(IncidentViewModel incidents, Supplier<@Nullable Catalog> catalog, Supplier<Locale> language,
                  Supplier<@Nullable ErrorEntry> shown) {
        this.incidents = incidents;
        this.catalog = catalog;
        this.language = language;
        this.shown = shown;
    }

    /** The open incident's error in the UI's language when the article has it, else in its own version. */
    public @Nullable ErrorEntry incidentEntry() {
        var session = incidents.sessionProperty().get();
        return session == null ? null : entryFor(session.incident().error()).orElse(null);
    }

    /**
     * The incident's error whose checklist is beside the Guide: the error on screen when it is one of the
     * incident's (added ones too), else the incident's first error; in the UI's language when the article has it.
     */
    public @Nullable ErrorEntry checklistEntry() {
        var session = incidents.sessionProperty().get();
        ErrorEntry onScreen = shown.get();
        if (session != null && onScreen != null && session.incident().hasError(onScreen.key())) {
            return onScreen;
        }
        return incidentEntry();
    }

    /**
     * The words of a node of the open incident's checklist in the UI's language: as its own version of the
     * article has it, with that version's language marked, when the UI's language lacks it; never the stored id.
     */
    public String incidentNodeText(String nodeId) {
        var session = incidents.sessionProperty().get();
        Locale locale = language.get();
        var labels = IncidentPdf.labels(ResourceBundle.getBundle("i18n.messages", locale));
        if (session == null) {
            return labels.apply("pdf.node.gone");
        }
        Incident incident = session.incident();
        ErrorEntry checklisted = checklistEntry();
        Incident part = checklisted == null ? incident : incident.part(checklisted.key()).orElse(incident);
        // The incident's own version, kept when it was walked, even after its file changed or went away.
        return incidents.kept().texts(part, locale, labels).node(nodeId);
    }

    /** The error an incident is about, in the UI's language when the article has it. */
    public Optional<ErrorEntry> entryFor(ErrorRef ref) {
        Catalog loaded = catalog.get();
        if (loaded == null) {
            return Optional.empty();
        }
        return loaded.group(ref.key()).flatMap(g -> g.best(language.get().toLanguageTag()))
                .or(() -> ref.findIn(loaded));
    }
}
