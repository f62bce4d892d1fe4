package io.troubleshooter.incident;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The incident file format. {@code schemaVersion} names it and its version ({@value #SCHEMA}); files of a
 * later version are refused rather than half read, and so is JSON that is not an incident at all.
 */
public final class IncidentJson {

    static final String FORMAT = "troubleshooter.incident/";
    /** 2: errors added to an incident ({@code added}); files of format 1 read as incidents of one error. */
    static final int VERSION = 2;
    public static final String SCHEMA = FORMAT + VERSION;

    static final ObjectMapper MAPPER = mapper();

    private IncidentJson() {
    }

    public static byte[] write(Incident incident) {
        try {
            return MAPPER.writeValueAsBytes(incident);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an incident could not be written as JSON", e);
        }
    }

    /**
     * Reads and checks an incident file the user named (a command's argument, an import): a folder, a pipe or a
     * file too large to be an incident is refused before it is read.
     */
    public static Incident read(Path file) throws IOException, IncidentFileException {
        return read(IncidentFiles.readChosen(file), file.getFileName().toString());
    }

    /** Reads and checks an incident; {@code name} is how the file is named in messages. */
    public static Incident read(byte[] bytes, String name) throws IncidentFileException {
        if (bytes.length == 0) {
            throw corrupt(name, "it is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw corrupt(name, notJson(e));
        } catch (IOException e) {
            throw corrupt(name, "it is not valid JSON (damaged or cut short)");
        }
        if (root == null || !root.isObject() || !root.path("schemaVersion").isTextual()
                || !root.path("schemaVersion").asText().startsWith(FORMAT)) {
            throw new IncidentFileException(IncidentFileException.Reason.FOREIGN,
                    SafeText.line(name) + " is not an incident file of this app.");
        }
        int version = version(root.path("schemaVersion").asText());
        if (version < 1) {
            throw corrupt(name, "its format version is not a number");
        }
        if (version > VERSION) {
            throw new IncidentFileException(IncidentFileException.Reason.NEWER, SafeText.line(name)
                    + " was saved by a newer version of the app (format " + version + "); update the app to open it.");
        }
        if (version < 2 && root instanceof ObjectNode object) {
            // Format 1 has no added errors: a field of that name is someone else's, left alone.
            object.remove("added");
        }
        var problem = IncidentSchema.problem(root);
        if (problem.isPresent()) {
            throw corrupt(name, problem.get());
        }
        if (!IncidentId.isValid(root.get("id").textValue())) {
            throw corrupt(name, "its id is not valid (letters, digits, - and _ only)");
        }
        try {
            return migrated(MAPPER.treeToValue(root, Incident.class));
        } catch (IOException | RuntimeException e) {
            // The shape was checked: this is a case it does not know of, still told as the file's fault.
            throw corrupt(name, "its content does not make sense (" + SafeText.line(firstLine(e.getMessage())) + ")");
        }
    }

    /** An incident read from an older format, as this version writes it: the same content, the current format. */
    private static Incident migrated(Incident read) {
        if (SCHEMA.equals(read.schemaVersion())) {
            return read;
        }
        return new Incident(SCHEMA, read.id(), read.created(), read.updated(), read.info(), read.error(),
                read.contentVersion(), read.origin(), read.outcome(), read.placeholders(), read.items(),
                read.answers(), read.timeSpentMs(), read.commands(), read.warnings(), read.added());
    }

    private static IncidentFileException corrupt(String name, String why) {
        return new IncidentFileException(IncidentFileException.Reason.CORRUPT,
                SafeText.line(name) + " cannot be read: " + why + ".");
    }

    private static String notJson(JsonProcessingException e) {
        String why = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? "a field is given twice (" + SafeText.line(firstLine(e.getOriginalMessage())) + ")"
                : "it is not valid JSON (damaged or cut short)";
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? why
                : why + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static int version(String schema) {
        try {
            return Integer.parseInt(schema.substring(FORMAT.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static ObjectMapper mapper() {
        // Instants as ISO-8601 text, readable in the file, without pulling in the java.time module.
        var times = new SimpleModule("incident-times");
        times.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        // Half a character (pasted from a broken source) would make the file unreadable: it is written as U+FFFD.
        times.addSerializer(String.class, new JsonSerializer<>() {
            @Override
            public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(SafeText.wholeCharacters(value));
            }
        });
        times.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                try {
                    return InstantText.parse(parser.getValueAsString());
                } catch (DateTimeParseException | NullPointerException e) {
                    return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), "not a time");
                }
            }
        });
        return new ObjectMapper()
                .registerModule(times)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A field given twice or text after the incident: which one is meant cannot be told.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
