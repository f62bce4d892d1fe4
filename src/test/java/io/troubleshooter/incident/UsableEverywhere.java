package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.ErrorEntry;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** Whether an incident the store accepted works wherever the app uses one; what failed, if anything did. */
final class UsableEverywhere {

    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private UsableEverywhere() {
    }

    /** Whether to print the report, and with the error's texts from the content or with the stored ids only. */
    enum Report { NONE, WITH_TEXTS, WITH_IDS }

    /**
     * Loads, reads, changes, writes back and saves the incident, and prints its report as asked. A report of
     * thousands of items takes seconds; those are left out.
     */
    static Optional<String> check(IncidentStore store, String id, Report report) {
        try {
            Incident incident = store.load(id);
            IncidentSummary.of(incident).matches("vss");
            incident.progress();
            incident.items().forEach(incident::status);
            ErrorEntry entry = incident.error().findIn(Fixtures.catalog()).orElse(null);
            if (entry != null) {
                incident.reconcile(entry.tree());
            }
            var session = IncidentSession.open(incident);
            if (!incident.items().isEmpty()) {
                var first = incident.items().getFirst();
                session.setNote(first.nodeId(), "checked", LATER);
                session.setState(first.nodeId(), ChecklistItem.State.SKIPPED, LATER);
                session.enter(first.nodeId(), LATER);
                session.leave(LATER.plusSeconds(1));
                session.answer(Incident.causeId(first.causeNode()), Answer.NOT_RESOLVED, LATER);
            }
            session.copied(null, "echo checked", java.util.Map.of("a", "b"), LATER);
            if (entry != null) {
                session.adopt(entry.tree(), LATER);
            }
            Incident changed = session.incident();
            if (!changed.equals(IncidentJson.read(IncidentJson.write(changed), id))) {
                return Optional.of("it does not read back as it was written");
            }
            if (report != Report.NONE && changed.items().size() <= 1000) {
                var bundle = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
                IncidentPdf.toBytes(changed, report == Report.WITH_TEXTS ? entry : null,
                        new IncidentPdf.Options(Locale.UK, IncidentPdf.labels(bundle), null, null, LATER));
            }
            store.save(changed);
            return Optional.empty();
        } catch (Exception | Error e) {
            var frame = e.getStackTrace().length == 0 ? "" : " at " + e.getStackTrace()[0];
            return Optional.of(e + frame);
        }
    }
}
