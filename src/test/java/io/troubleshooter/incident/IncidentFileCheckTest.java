package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.troubleshooter.guide.Walk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every field the app relies on is checked when a file is read, and what is wrong is named by where it is. */
class IncidentFileCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            items[1].nodeId is missing          | items/1    | remove nodeId
            items[0].causeNode is missing       | items/0    | remove causeNode
            commands[1].text is missing         | commands/1 | null text
            answers[0].answer is missing        | answers/0  | remove answer
            answers[0].at is missing            | answers/0  | remove at
            warnings[0].index is missing        | warnings/0 | remove index
            error.key is missing                | error      | remove key
            created is missing                  | ''         | remove created
            items is missing                    | ''         | remove items
            """)
    void aMissingFieldTheAppReliesOnIsNamed(String expected, String where, String change) {
        String[] words = change.split(" ");
        var edited = edit(node -> {
            ObjectNode target = (ObjectNode) (where.isEmpty() ? node : node.at("/" + where));
            if (words[0].equals("remove")) {
                target.remove(words[1]);
            } else {
                target.putNull(words[1]);
            }
        });

        var error = assertThrows(IncidentFileException.class, () -> IncidentJson.read(edited, "x.json"));
        assertEquals(IncidentFileException.Reason.CORRUPT, error.reason());
        assertEquals("x.json cannot be read: " + expected + ".", error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /info/notes            | 42           | info.notes should be text, not a number
            /items/2/state | "FINISHED" | items[2].state is "FINISHED", not one of TODO, DONE, SKIPPED, NOT_APPLICABLE
            /items/2/changed       | "yesterday"  | items[2].changed is not a time ("yesterday")
            /timeSpentMs/x         | -5           | timeSpentMs.x is out of range (-5)
            /warnings/0/index      | 1.5          | warnings[0].index should be a whole number, not a number
            /error/codes           | "Vss"        | error.codes should be a list, not text
            /items                 | {}           | items should be a list, not an object
            /items/0               | null         | items[0] is null
            /placeholders/s        | ["a"]        | placeholders.s should be text, not a list
            /outcome/kind | true | outcome.kind should be one of OPEN, RESOLVED, ESCALATED, not true or false
            /id                    | "  "         | id is empty
            """)
    void aValueOfTheWrongTypeIsNamedWithWhatWasExpected(String pointer, String value, String expected)
            throws Exception {
        JsonNode replacement = JSON.readTree(value);
        var edited = edit(node -> {
            int slash = pointer.lastIndexOf('/');
            var parent = node.at(pointer.substring(0, slash));
            String key = pointer.substring(slash + 1);
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(key), replacement);
            } else {
                ((ObjectNode) parent).set(key, replacement);
            }
        });

        var error = assertThrows(IncidentFileException.class, () -> IncidentJson.read(edited, "x.json"));
        assertEquals("x.json cannot be read: " + expected + ".", error.getMessage());
    }

    @Test
    void aFieldGivenTwiceOrTextAfterTheIncidentIsRefused() {
        String text = new String(Fixtures.fixtureBytes(), StandardCharsets.UTF_8);
        byte[] twice = text.replaceFirst("\"id\"", "\"id\": \"20250101-000000-aaaaaaaa\", \"id\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] trailing = (text + "\n{\"id\": 1}").getBytes(StandardCharsets.UTF_8);

        var duplicate = assertThrows(IncidentFileException.class, () -> IncidentJson.read(twice, "x.json"));
        assertTrue(duplicate.getMessage().contains("given twice") && duplicate.getMessage().contains("'id'"),
                duplicate.getMessage());
        var after = assertThrows(IncidentFileException.class, () -> IncidentJson.read(trailing, "x.json"));
        assertTrue(after.getMessage().contains("not valid JSON"), after.getMessage());
    }

    @Test
    void aPlaceholderValueThatCouldHideACommandIsRefused() {
        for (String hostile : new String[]{"VSS" + " ".repeat(80) + "& shutdown /r /t 0", "VSS\n& shutdown /r /t 0",
                "VSS\u202E"}) {
            var edited = edit(node -> ((ObjectNode) node).putObject("placeholders").put("serviceName", hostile));
            var error = assertThrows(IncidentFileException.class, () -> IncidentJson.read(edited, "x.json"));
            assertTrue(error.getMessage().contains("placeholders.serviceName is not one line of visible characters"),
                    error.getMessage());
        }
    }

    @Test
    void halfACharacterThatCouldNotBeSavedAgainIsRefused() {
        var edited = edit(node -> ((ObjectNode) node.at("/info")).put("notes", "ok \uD800 then"));

        var error = assertThrows(IncidentFileException.class, () -> IncidentJson.read(edited, "x.json"));
        assertTrue(error.getMessage().contains("info.notes holds half a character"), error.getMessage());
    }

    @Test
    void textWithHalfACharacterIsWrittenWholeSoTheFileReadsBack() throws Exception {
        var session = IncidentSession.open(Fixtures.fixture());
        session.setInfo(session.incident().info().withNotes("pasted \uD800 here"), Fixtures.at(90));

        Incident back = IncidentJson.read(IncidentJson.write(session.incident()), "x.json");

        assertEquals("pasted \uFFFD here", back.info().notes());
    }

    @Test
    void anEmptyFileSaysSo() {
        var error = assertThrows(IncidentFileException.class, () -> IncidentJson.read(new byte[0], "x.json"));
        assertEquals("x.json cannot be read: it is empty.", error.getMessage());
    }

    @Test
    void optionalFieldsMayBeLeftOutAndUnknownOnesAreKeptForLaterVersions() throws Exception {
        var edited = edit(node -> {
            var root = (ObjectNode) node;
            root.remove(java.util.List.of("updated", "info", "origin", "outcome", "placeholders", "answers",
                    "timeSpentMs", "commands", "warnings", "contentVersion"));
            root.put("addedLater", "something");
            ((ObjectNode) root.at("/items/0")).remove(java.util.List.of("state", "note", "changed"));
        });

        Incident incident = IncidentJson.read(edited, "x.json");

        assertEquals(ChecklistItem.State.TODO, incident.items().getFirst().state());
        assertEquals("", incident.info().reference());
        assertEquals(Walk.Outcome.OPEN, incident.outcome().kind());
    }

    @Test
    void aCommandCopiedWithNoNodeOnScreenStillReads() throws Exception {
        var session = IncidentSession.open(Fixtures.fixture());
        session.copied(null, "vssadmin list writers", java.util.Map.of(), Fixtures.at(90));

        Incident back = IncidentJson.read(IncidentJson.write(session.incident()), "x.json");

        assertEquals(session.incident(), back);
    }

    private static byte[] edit(Consumer<JsonNode> change) {
        try {
            JsonNode root = JSON.readTree(Fixtures.fixtureBytes());
            change.accept(root);
            return JSON.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
