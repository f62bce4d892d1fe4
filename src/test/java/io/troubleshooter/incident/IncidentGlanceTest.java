package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Step;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incident at a glance: what was done, in order, and the summary for the ticket, in the UI's language. */
class IncidentGlanceTest {

    private static final Instant AT = Instant.parse("2025-03-14T09:00:00Z");

    @Test
    void theSummaryForTheTicketHasWhoWhatHowItEndedThePathTheCommandsWithTheirValuesAndTheNotes() {
        var walked = walked();
        String summary = glance(walked.incident(), "en").summary();
        ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER);
        Cause first = vss.causes().get(0);
        Cause second = vss.causes().get(1);

        assertTrue(summary.startsWith("Reference: INC-7\nVM: vm-sql-02\nCustomer: Contoso\nError: "
                + TestArticles.VSS_WRITER), summary);
        assertTrue(summary.contains("Outcome: Resolved: " + title(second) + " (2025-03-14 09:20)"), summary);
        assertTrue(summary.contains("Path:\n  1. " + title(first) + ": Not resolved (2025-03-14 09:05)\n  2. "
                + title(second) + ": Resolved (2025-03-14 09:20)\n"), summary);
        assertTrue(summary.contains("Commands copied:\n"
                + "  2025-03-14 09:12  net stop SQLWriter  [serviceName=SQLWriter]"), summary);
        assertTrue(summary.contains("Notes:\n") && summary.contains(": writer restarted by the DBA"), summary);
    }

    @Test
    void theTimelineListsEverythingDoneOldestFirstAndSpeaksTheLanguageOfTheUi() {
        var walked = walked();
        var events = glance(walked.incident(), "es").timeline();

        assertEquals(List.of(IncidentGlance.Kind.CREATED, IncidentGlance.Kind.ANSWER, IncidentGlance.Kind.STEP,
                IncidentGlance.Kind.NOTE, IncidentGlance.Kind.COMMAND, IncidentGlance.Kind.ANSWER,
                IncidentGlance.Kind.OUTCOME), events.stream().map(IncidentGlance.Event::kind).toList());
        assertEquals("Incidente creado", events.getFirst().text());
        assertTrue(events.get(1).text().endsWith(": No resuelto"), events.get(1).text());
        assertEquals("Copiado: net stop SQLWriter  [serviceName=SQLWriter]", events.get(4).text());
    }

    private static IncidentSession walked() {
        ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER);
        var session = IncidentSession.create(vss, new IncidentInfo("INC-7", "vm-sql-02", "Contoso", ""),
                Origin.current(), AT);
        Cause first = vss.causes().get(0);
        Cause second = vss.causes().get(1);
        session.answer(first.id(), Answer.NOT_RESOLVED, AT.plusSeconds(300));
        Step step = second.allSteps().findFirst().orElseThrow();
        String stepNode = DecisionTree.stepNode(step);
        session.setState(stepNode, ChecklistItem.State.DONE, AT.plusSeconds(600));
        session.setNote(stepNode, "writer restarted by the DBA", AT.plusSeconds(660));
        session.copied(stepNode, "net stop SQLWriter", Map.of("serviceName", "SQLWriter"), AT.plusSeconds(720));
        session.answer(second.id(), Answer.RESOLVED, AT.plusSeconds(1200));
        return session;
    }

    private static String title(Cause cause) {
        return cause.title();
    }

    private static IncidentGlance glance(Incident incident, String language) {
        Locale locale = Locale.forLanguageTag(language);
        var bundle = ResourceBundle.getBundle("i18n.messages", locale);
        return new IncidentGlance(incident, IncidentTexts.of(incident, TestArticles.catalog(), locale,
                IncidentPdf.labels(bundle)), ZoneOffset.UTC);
    }
}
