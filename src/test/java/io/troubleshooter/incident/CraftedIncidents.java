package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Incident files made the ways a file goes wrong: every field of a real export removed, nulled or of another
 * type; cut short; huge; binary; odd characters; and entries that are no file at all (folders, links, pipes).
 * Each knows whether the app must list it, set it aside or skip it, or may do either of the first two.
 */
final class CraftedIncidents {

    enum Fate {
        /** A valid incident: listed, and then usable everywhere. */
        LISTED,
        /** Listed when what was left out is optional (and then usable everywhere), else set aside. */
        EITHER,
        /** Not an incident the app can use: moved to quarantine with a message. */
        SET_ASIDE,
        /** Not a plain file: left where it is, with a message. */
        SKIPPED
    }

    /** One entry of the folder: its file name, what was done to it and what should become of it. */
    record Crafted(String file, String what, Fate fate, Maker maker) { }

    @FunctionalInterface
    interface Maker {
        void make(Path file) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<Crafted> crafted = new ArrayList<>();
    private final Path outside;

    private CraftedIncidents(Path outside) {
        this.outside = outside;
    }

    /** Every crafted entry; {@code outside} is a folder apart from the incidents, for links to point into. */
    static List<Crafted> all(Path outside) {
        var all = new CraftedIncidents(outside);
        all.fieldChanges();
        all.cutShort();
        all.huge();
        all.binary();
        all.oddCharacters();
        all.notAnIncident();
        all.notAFile();
        return List.copyOf(all.crafted);
    }

    /** Each field of the fixture, and of the first element of each list, removed, nulled and given other types. */
    private void fieldChanges() {
        JsonNode root = tree(Fixtures.fixtureBytes());
        for (String pointer : pointers(root, "")) {
            if (pointer.equals("/schemaVersion")) {
                continue; // its own cases in notAnIncident()
            }
            JsonNode value = root.at(pointer);
            json(pointer + " removed", Fate.EITHER, node -> remove(node, pointer));
            json(pointer + " null", Fate.EITHER, node -> replace(node, pointer, NODES.nullNode()));
            for (JsonNode other : otherTypes(value)) {
                json(pointer + " as " + other, Fate.SET_ASIDE, node -> replace(node, pointer, other));
            }
        }
        json("/items/1/state unknown", Fate.SET_ASIDE, node -> replace(node, "/items/1/state", NODES.textNode("WIP")));
        json("/answers/0/at not a time", Fate.SET_ASIDE,
                node -> replace(node, "/answers/0/at", NODES.textNode("ayer")));
        json("/timeSpentMs negative", Fate.SET_ASIDE, node -> ((ObjectNode) node.get("timeSpentMs")).put("x", -1));
        json("/id with a dot", Fate.SET_ASIDE, node -> ((ObjectNode) node).put("id", "../evil"));
        json("/id too long", Fate.SET_ASIDE, node -> ((ObjectNode) node).put("id", "a".repeat(65)));
        json("an item listed twice", Fate.LISTED, node -> ((ArrayNode) node.get("items")).add(node.at("/items/1")));
        json("no items at all", Fate.LISTED, node -> ((ObjectNode) node).putArray("items"));
        json("an unknown field", Fate.LISTED, node -> ((ObjectNode) node).put("addedLater", true));
    }

    private void cutShort() {
        byte[] whole = Fixtures.fixtureBytes();
        for (int i = 1; i <= 20; i++) {
            int length = whole.length * i / 21;
            bytes("cut at byte " + length, Fate.SET_ASIDE, id -> java.util.Arrays.copyOf(withId(id), length));
        }
        bytes("empty", Fate.SET_ASIDE, id -> new byte[0]);
        bytes("only whitespace", Fate.SET_ASIDE, id -> "  \n\t ".getBytes(StandardCharsets.UTF_8));
    }

    private void huge() {
        crafted.add(new Crafted(name("huge"), "over 32 MB", Fate.SET_ASIDE, file -> {
            try (var out = new RandomAccessFile(file.toFile(), "rw")) {
                out.setLength(IncidentFiles.MAX_BYTES + 1);
            }
        }));
        json("a note of two million characters", Fate.SET_ASIDE,
                node -> ((ObjectNode) node.get("info")).put("notes", "x".repeat(2_000_000)));
        bytes("nested a million deep", Fate.SET_ASIDE, id -> ("[".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8));
        json("a number past any long", Fate.SET_ASIDE,
                node -> ((ObjectNode) node.get("timeSpentMs")).put("x", new java.math.BigInteger("9".repeat(40))));
        json("ten thousand items", Fate.LISTED, node -> {
            var items = (ArrayNode) node.get("items");
            JsonNode step = items.get(1);
            for (int i = 0; i < 10_000; i++) {
                var copy = (ObjectNode) step.deepCopy();
                copy.put("nodeId", step.get("nodeId").asText() + "/" + i);
                items.add(copy);
            }
        });
    }

    private void binary() {
        var random = new Random(7);
        for (int i = 0; i < 5; i++) {
            byte[] noise = new byte[64 + random.nextInt(4096)];
            random.nextBytes(noise);
            bytes("random bytes " + i, Fate.SET_ASIDE, id -> noise);
        }
        bytes("zeros", Fate.SET_ASIDE, id -> new byte[1000]);
        bytes("a PNG header", Fate.SET_ASIDE, id -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        bytes("gzipped", Fate.SET_ASIDE, id -> {
            var out = new ByteArrayOutputStream();
            try (var zip = new GZIPOutputStream(out)) {
                zip.write(withId(id));
            }
            return out.toByteArray();
        });
        bytes("a broken UTF-8 byte in a note", Fate.SET_ASIDE, id -> {
            byte[] good = withId(id);
            String text = new String(good, StandardCharsets.UTF_8);
            int at = text.indexOf("INC-2025");
            byte[] out = good.clone();
            out[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xC3;
            return out;
        });
        bytes("UTF-16 with a byte-order mark", Fate.EITHER,
                id -> ("\uFEFF" + new String(withId(id), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE));
        bytes("UTF-8 with a byte-order mark", Fate.LISTED,
                id -> ("\uFEFF" + new String(withId(id), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private void oddCharacters() {
        json("a right-to-left override in the reference", Fate.LISTED,
                node -> ((ObjectNode) node.get("info")).put("reference", "TKT-\u202E1337"));
        json("control characters and NUL in notes", Fate.LISTED,
                node -> ((ObjectNode) node.get("info")).put("notes", "a\u0000b\u0007c\u001b[31m\r\n"));
        json("isolates and marks in the customer", Fate.LISTED,
                node -> ((ObjectNode) node.get("info")).put("customer", "\u2067شركة\u2069 \u200F\uFEFF"));
        json("emoji and combining marks in a note", Fate.LISTED,
                node -> ((ObjectNode) node.at("/items/0")).put("note", "👩‍💻 e\u0301\u0301\u0301 𝕏"));
        json("half a surrogate pair in a command", Fate.SET_ASIDE,
                node -> ((ObjectNode) node.at("/commands/0")).put("text", "net stop \uDC00"));
        json("a bidi override in a node id", Fate.LISTED,
                node -> ((ObjectNode) node.at("/items/1")).put("nodeId", "step:\u202Eevil"));
        crafted.add(new Crafted("\u202Enosj.json", "a file name reversed by an override", Fate.SET_ASIDE,
                file -> Files.write(file, Fixtures.fixtureBytes())));
        crafted.add(new Crafted("line\nbreak.json", "a line break in the file name", Fate.SET_ASIDE,
                file -> Files.write(file, Fixtures.fixtureBytes())));
    }

    private void notAnIncident() {
        for (String other : List.of("[]", "\"text\"", "42", "null", "{}", "{\"schemaVersion\": 1}",
                "{\"schemaVersion\": \"troubleshooter.incident/x\"}", "{\"shopping\": [\"milk\"]}")) {
            bytes("JSON that is no incident: " + other, Fate.SET_ASIDE, id -> other.getBytes(StandardCharsets.UTF_8));
        }
        json("a later version of the format", Fate.SET_ASIDE,
                node -> ((ObjectNode) node).put("schemaVersion", "troubleshooter.incident/9"));
        json("a field given twice", Fate.SET_ASIDE, node -> { });
        crafted.set(crafted.size() - 1, twice(crafted.getLast()));
        crafted.add(new Crafted(name("other-id"), "holds another incident than its name says", Fate.SET_ASIDE,
                file -> Files.write(file, Fixtures.fixtureBytes())));
    }

    private void notAFile() {
        crafted.add(new Crafted(name("folder"), "a folder", Fate.SKIPPED, Files::createDirectories));
        crafted.add(new Crafted(name("broken-link"), "a link to nothing", Fate.SKIPPED,
                file -> Files.createSymbolicLink(file, outside.resolve("gone.json"))));
        crafted.add(new Crafted(name("good-link"), "a link to a valid incident elsewhere", Fate.SKIPPED,
                file -> Files.createSymbolicLink(file, Files.write(outside.resolve(file.getFileName()),
                        withId(stem(file))))));
        crafted.add(new Crafted(name("dir-link"), "a link to a folder", Fate.SKIPPED,
                file -> Files.createSymbolicLink(file, Files.createDirectories(outside.resolve("dir")))));
        crafted.add(new Crafted(name("zero-link"), "a link to /dev/zero", Fate.SKIPPED,
                file -> Files.createSymbolicLink(file, Path.of("/dev/zero"))));
        crafted.add(new Crafted(name("loop-link"), "a link to itself", Fate.SKIPPED,
                file -> Files.createSymbolicLink(file, file)));
        for (int i = 0; i < 2; i++) {
            crafted.add(new Crafted(name("pipe"), "a named pipe", Fate.SKIPPED, IncidentFolderTest::mkfifo));
        }
    }

    private void json(String what, Fate fate, Consumer<JsonNode> change) {
        bytes(what, fate, id -> {
            JsonNode root = tree(withId(id));
            change.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        });
    }

    @FunctionalInterface
    private interface Content {
        byte[] of(String id) throws Exception;
    }

    private void bytes(String what, Fate fate, Content content) {
        String file = name("c");
        crafted.add(new Crafted(file, what, fate, path -> Files.write(path, content.of(stem(path)))));
    }

    private Crafted twice(Crafted plain) {
        return new Crafted(plain.file(), plain.what(), plain.fate(), path -> {
            String text = new String(withId(stem(path)), StandardCharsets.UTF_8);
            String twice = "\"created\": \"2020-01-01T00:00:00Z\", \"created\"";
            Files.writeString(path, text.replaceFirst("\"created\"", twice));
        });
    }

    private String name(String kind) {
        return String.format(java.util.Locale.ROOT, "crafted-%03d-%s.json", crafted.size(), kind);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static byte[] withId(String id) {
        return Fixtures.fixtureBytes(id, root -> { });
    }

    /** JSON pointers to every field of the tree, lists followed into their first element only. */
    private static List<String> pointers(JsonNode node, String at) {
        var found = new ArrayList<String>();
        if (node.isObject()) {
            for (var entry : node.properties()) {
                String here = at + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
                found.add(here);
                found.addAll(pointers(entry.getValue(), here));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            found.add(at + "/0");
            found.addAll(pointers(node.get(0), at + "/0"));
        }
        return found;
    }

    private static List<JsonNode> otherTypes(JsonNode value) {
        var all = List.<JsonNode>of(NODES.numberNode(42), NODES.textNode("x"), NODES.arrayNode(), NODES.objectNode(),
                NODES.booleanNode(true));
        return all.stream().filter(other -> other.getNodeType() != value.getNodeType()).toList();
    }

    private static void remove(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = unescape(pointer.substring(slash + 1));
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(key));
        } else {
            ((ObjectNode) parent).remove(key);
        }
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = unescape(pointer.substring(slash + 1));
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
    }

    private static String unescape(String key) {
        return key.replace("~1", "/").replace("~0", "~");
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
