package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.JsonNode;
import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.PlaceholderValue;
import io.troubleshooter.guide.Walk;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of an incident file, checked before it is bound: every field the app relies on is there, of its
 * type, with a value it can use. What is wrong is named by its place in the file ({@code items[3].nodeId is
 * missing}), so whoever edited the file can find it. Fields the app always writes but can do without (texts,
 * lists of past actions) may be left out; unknown fields are left alone for later versions of the format.
 */
final class IncidentSchema {

    /** Longer than any note typed by hand; a longer text is damage, and would stall the window showing it. */
    static final int MAX_TEXT = 1 << 20;

    private sealed interface Shape permits Text, Value, Time, Count, Choice, ListOf, MapOf, Obj { }

    /** {@code nonEmpty}: an id the app looks things up by. */
    private record Text(boolean nonEmpty) implements Shape { }

    /** A placeholder value: one line of visible characters, or it could put on the clipboard what no card shows. */
    private record Value() implements Shape { }

    private record Time() implements Shape { }

    private record Count(long max) implements Shape { }

    private record Choice(Set<String> names) implements Shape {
        static Choice of(Class<? extends Enum<?>> type) {
            return new Choice(Arrays.stream(type.getEnumConstants()).map(e -> e.name())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
    }

    private record ListOf(Shape element) implements Shape { }

    private record MapOf(Shape value) implements Shape { }

    private record Field(String name, boolean required, Shape shape) { }

    private record Obj(Map<String, Field> fields) implements Shape { }

    private static final Shape TEXT = new Text(false);
    private static final Shape ID = new Text(true);
    private static final Shape TIME = new Time();
    private static final Shape VALUE = new Value();

    // The article, language, version and anchor find the error again in the content.
    private static final Obj ERROR = obj(required("key", ID), optional("codes", new ListOf(TEXT)),
            required("articleId", TEXT), required("locale", TEXT), required("articleVersion", TEXT),
            required("anchor", TEXT), optional("textHash", TEXT));
    private static final Shape ITEMS = new ListOf(obj(required("nodeId", ID), required("causeNode", ID),
            optional("state", Choice.of(ChecklistItem.State.class)), optional("note", TEXT),
            optional("changed", TIME)));
    private static final Shape ANSWERS = new ListOf(obj(required("causeId", ID),
            required("answer", Choice.of(Answer.class)), required("at", TIME)));

    private static final Obj INCIDENT = obj(
            required("id", ID),
            required("created", TIME),
            optional("updated", TIME),
            optional("info", obj(optional("reference", TEXT), optional("vmName", TEXT), optional("customer", TEXT),
                    optional("notes", TEXT))),
            required("error", ERROR),
            optional("contentVersion", TEXT),
            optional("origin", obj(optional("osUser", TEXT), optional("appVersion", TEXT))),
            optional("outcome", obj(optional("kind", Choice.of(Walk.Outcome.class)), optional("causeId", TEXT),
                    optional("at", TIME))),
            optional("placeholders", new MapOf(VALUE)),
            required("items", ITEMS),
            optional("answers", ANSWERS),
            optional("timeSpentMs", new MapOf(new Count(Long.MAX_VALUE))),
            // A command copied before any node was on screen has no node: the app writes it so.
            optional("commands", new ListOf(obj(optional("nodeId", TEXT), required("text", TEXT),
                    optional("values", new MapOf(VALUE)), required("at", TIME)))),
            optional("warnings", new ListOf(obj(optional("nodeId", TEXT),
                    required("index", new Count(Integer.MAX_VALUE)), required("at", TIME)))),
            // Format 2: errors added to the incident, each with its own checklist and answers.
            optional("added", new ListOf(obj(required("error", ERROR), required("items", ITEMS),
                    optional("answers", ANSWERS), required("at", TIME)))));

    private IncidentSchema() {
    }

    /** What is wrong with {@code root} as an incident, in words; empty when it has the shape of one. */
    static Optional<String> problem(JsonNode root) {
        return check(root, INCIDENT, "");
    }

    private static Optional<String> check(JsonNode node, Shape shape, String at) {
        return switch (shape) {
            case Text text -> {
                if (!node.isTextual()) {
                    yield wrongType(node, at, "text");
                }
                if (text.nonEmpty() && node.textValue().isBlank()) {
                    yield Optional.of(at + " is empty");
                }
                if (node.textValue().length() > MAX_TEXT) {
                    yield Optional.of(at + " is too long (" + node.textValue().length() + " characters)");
                }
                // The same string back means it had no half character to replace.
                yield SafeText.wholeCharacters(node.textValue()) == node.textValue() ? Optional.empty()
                        : Optional.of(at + " holds half a character (a lone surrogate), which cannot be saved again");
            }
            case Value value -> {
                var text = check(node, TEXT, at);
                if (text.isPresent()) {
                    yield text;
                }
                yield PlaceholderValue.check(node.textValue()).map(why -> at + " is not one line of visible characters ("
                        + why.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
            }
            case Time time -> {
                if (!node.isTextual()) {
                    yield wrongType(node, at, "a time");
                }
                try {
                    InstantText.parse(node.textValue());
                    yield Optional.empty();
                } catch (DateTimeParseException e) {
                    yield Optional.of(at + " is not a time (" + quoted(node.textValue()) + ")");
                }
            }
            case Count count -> !node.isIntegralNumber() ? wrongType(node, at, "a whole number")
                    : !node.canConvertToLong() || node.longValue() < 0 || node.longValue() > count.max()
                    ? Optional.of(at + " is out of range (" + node.asText() + ")") : Optional.empty();
            case Choice choice -> {
                if (!node.isTextual()) {
                    yield wrongType(node, at, "one of " + String.join(", ", choice.names()));
                }
                yield choice.names().contains(node.textValue()) ? Optional.empty() : Optional.of(at + " is "
                        + quoted(node.textValue()) + ", not one of " + String.join(", ", choice.names()));
            }
            case ListOf list -> {
                if (!node.isArray()) {
                    yield wrongType(node, at, "a list");
                }
                for (int i = 0; i < node.size(); i++) {
                    var problem = element(node.get(i), list.element(), at + "[" + i + "]");
                    if (problem.isPresent()) {
                        yield problem;
                    }
                }
                yield Optional.empty();
            }
            case MapOf map -> {
                if (!node.isObject()) {
                    yield wrongType(node, at, "an object");
                }
                for (var entry : node.properties()) {
                    var problem = element(entry.getValue(), map.value(), at + "." + entry.getKey());
                    if (problem.isPresent()) {
                        yield problem;
                    }
                }
                yield Optional.empty();
            }
            case Obj obj -> {
                if (!node.isObject()) {
                    yield wrongType(node, at, "an object");
                }
                for (Field field : obj.fields().values()) {
                    String path = at.isEmpty() ? field.name() : at + "." + field.name();
                    JsonNode value = node.get(field.name());
                    if (value == null || value.isNull()) {
                        if (field.required()) {
                            yield Optional.of(path + " is missing");
                        }
                        continue;
                    }
                    var problem = check(value, field.shape(), path);
                    if (problem.isPresent()) {
                        yield problem;
                    }
                }
                yield Optional.empty();
            }
        };
    }

    /** An element of a list or a value of a map: there, since a null one has nothing for the app to use. */
    private static Optional<String> element(JsonNode node, Shape shape, String at) {
        return node.isNull() ? Optional.of(at + " is null") : check(node, shape, at);
    }

    private static Optional<String> wrongType(JsonNode node, String at, String expected) {
        return Optional.of(at + " should be " + expected + ", not " + kind(node));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case STRING -> "text";
            default -> "of another type";
        };
    }

    /** At most 40 characters of a value, its control and direction characters made visible. */
    private static String quoted(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + SafeText.line(shown) + "\"";
    }

    private static Field required(String name, Shape shape) {
        return new Field(name, true, shape);
    }

    private static Field optional(String name, Shape shape) {
        return new Field(name, false, shape);
    }

    private static Obj obj(Field... fields) {
        var map = new LinkedHashMap<String, Field>();
        for (Field field : fields) {
            map.put(field.name(), field);
        }
        return new Obj(map);
    }
}
