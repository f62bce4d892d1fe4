package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident of several errors: each keeps its own walk, in the file and back, and older files still read. */
class AddedErrorsTest {

    private static final Instant AT = Instant.parse("2025-03-14T09:00:00Z");

    @Test
    void anAddedErrorKeepsItsOwnWalkWithItsTimesAndSurvivesTheFile() throws Exception {
        ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER);
        ErrorEntry agent = TestArticles.entry(TestArticles.AGENT);
        var session = IncidentSession.create(vss, new IncidentInfo("INC-1", "vm", "", ""), Origin.current(), AT);
        Walk before = Walk.EMPTY.answer(agent.causes().getFirst().id(), Answer.NOT_RESOLVED, AT.plusSeconds(5));

        session.addError(agent, before, AT.plusSeconds(9));
        session.answer(agent.key(), agent.causes().get(1).id(), Answer.RESOLVED, AT.plusSeconds(20));

        Incident incident = IncidentJson.read(IncidentJson.write(session.incident()), "incident.json");
        assertEquals(2, incident.errors().size());
        Walk walk = incident.walk(agent.key()).orElseThrow();
        assertEquals(AT.plusSeconds(5), walk.answers().getFirst().at(), "the answer given before, at its time");
        assertEquals(Walk.Outcome.RESOLVED, walk.outcome(agent));
        assertTrue(incident.walk(vss.key()).orElseThrow().answers().isEmpty(), "the first error's walk is its own");
        assertTrue(incident.schemaVersion().endsWith("/2"));
    }

    @Test
    void aFileOfTheFirstFormatReadsAsAnIncidentOfOneErrorInTheCurrentFormat() throws Exception {
        var mapper = new ObjectMapper();
        var root = (ObjectNode) mapper.readTree(IncidentJson.write(Fixtures.fixture()));
        root.put("schemaVersion", "troubleshooter.incident/1");
        root.putArray("added").addObject().put("note", "a field format 1 never had");

        Incident read = IncidentJson.read(mapper.writeValueAsBytes(root), "old.json");

        assertEquals(IncidentJson.SCHEMA, read.schemaVersion());
        assertEquals(1, read.errors().size());
        assertEquals(Fixtures.fixture().items(), read.items());
    }

    @Test
    void anAddedErrorWithoutItsErrorIsRefusedNamingTheField() throws Exception {
        var mapper = new ObjectMapper();
        var root = (ObjectNode) mapper.readTree(IncidentJson.write(Fixtures.fixture()));
        ArrayNode added = root.putArray("added");
        added.addObject().put("at", "2025-03-14T09:00:00Z").putArray("items");

        var refused = assertThrows(IncidentFileException.class,
                () -> IncidentJson.read(mapper.writeValueAsBytes(root), "edited.json"));
        assertTrue(refused.getMessage().contains("added"), refused.getMessage());
        assertTrue(new String(IncidentJson.write(Fixtures.fixture()), StandardCharsets.UTF_8)
                .contains("troubleshooter.incident/2"));
    }
}
