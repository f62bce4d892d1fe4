package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Consumer;

/** The shipped catalog (loaded once) and the incident fixture the tests share. */
final class Fixtures {

    static final String VSS_KEY = "code:ExtensionFailedVssWriterInBadState";
    static final String FIXTURE = "/incidents/vss-writer-resolved.json";
    static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Catalog catalog;

    private Fixtures() {
    }

    static synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = Catalog.loadShipped();
        }
        return catalog;
    }

    /** ExtensionFailedVssWriterInBadState: three causes (stages), commands with a serviceName placeholder. */
    static ErrorEntry vssEntry() {
        return catalog().group(VSS_KEY).orElseThrow().versions().getFirst();
    }

    static ErrorEntry entryWithCauses(int atLeast) {
        return catalog().entries().stream().filter(e -> e.causes().size() >= atLeast).findFirst().orElseThrow();
    }

    static byte[] fixtureBytes() {
        try (InputStream in = Fixtures.class.getResourceAsStream(FIXTURE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's file with another id and {@code change} made to its JSON, as a hand or a tool might edit it. */
    static byte[] fixtureBytes(String id, Consumer<ObjectNode> change) {
        try {
            var root = (ObjectNode) JSON.readTree(fixtureBytes());
            root.put("id", id);
            change.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Incident fixture() {
        try {
            return IncidentJson.read(fixtureBytes(), "fixture");
        } catch (IncidentFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static IncidentSession newSession(ErrorEntry entry, String reference) {
        return IncidentSession.create(entry, new IncidentInfo(reference, "vm-01", "", ""), new Origin("tester", "1.0"), T0);
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
