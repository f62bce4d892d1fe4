package io.troubleshooter.ui.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Incident files put in a data folder as an export or another window would leave them. */
final class IncidentFixtures {

    static final String FIXTURE_ID = "20250314-091200-5e3a9c1f";
    static final String FIRST_STEP = "step:extensionfailedvsswriterinbadstate---snapshot-operation-failed-because-"
            + "vss-writers-were-in-a-bad-state/step-1/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentFixtures() {
    }

    /** The shared fixture (ExtensionFailedVssWriterInBadState, resolved) with another id and {@code change} made. */
    static byte[] fixture(String id, Consumer<ObjectNode> change) {
        try (InputStream in = IncidentFixtures.class.getResourceAsStream("/incidents/vss-writer-resolved.json")) {
            var root = (ObjectNode) JSON.readTree(in);
            root.put("id", id);
            change.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with {@code extra} more steps under its first cause. */
    static byte[] withSteps(String id, int extra) {
        return fixture(id, root -> {
            var items = (ArrayNode) root.get("items");
            var step = (ObjectNode) items.get(1);
            for (int i = 0; i < extra; i++) {
                items.add(step.deepCopy().put("nodeId", step.get("nodeId").asText() + "/" + i).put("note", "n" + i));
            }
        });
    }

    static Path put(Path data, String id, byte[] bytes) {
        try {
            return Files.write(Files.createDirectories(data.resolve("incidents")).resolve(id + ".json"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
