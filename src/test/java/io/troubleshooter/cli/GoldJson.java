package io.troubleshooter.cli;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON values as the gold scorer reads them with Python's rules: {@code x.get(k)}, {@code x or []}, truth,
 * {@code str(x)} and {@code repr(x)}. Values are what Jackson or {@link InspectCommand#toJson} give: maps,
 * lists, strings, numbers, booleans and null.
 */
final class GoldJson {

    private GoldJson() {
    }

    /** {@code x.get(key)}; null when {@code x} is not an object. */
    static Object get(Object x, String key) {
        return x instanceof Map<?, ?> m ? m.get(key) : null;
    }

    /** {@code x or []} for a value that should be a list. */
    static List<?> list(Object x) {
        return x instanceof List<?> l ? l : List.of();
    }

    static boolean truthy(Object x) {
        return switch (x) {
            case null -> false;
            case Boolean b -> b;
            case String s -> !s.isEmpty();
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            case Number n -> n.doubleValue() != 0;
            default -> true;
        };
    }

    /** {@code str(x)}. */
    static String str(Object x) {
        return x instanceof String s ? s : python(x);
    }

    /** {@code str(x)} for a value inside an f-string; a list shows its items as {@code repr} does. */
    static String python(Object x) {
        return switch (x) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case String s -> s;
            case List<?> l -> l.stream().map(GoldJson::reprOf).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> m -> m.entrySet().stream().map(e -> reprOf(e.getKey()) + ": " + reprOf(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> String.valueOf(x);
        };
    }

    private static String reprOf(Object x) {
        return x instanceof String s ? repr(s) : python(x);
    }

    /** {@code repr(s)}: single quotes unless only double quotes avoid escaping; unprintables escaped. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        var out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (printable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp < 0x100) {
                out.append("\\x").append(hex(cp, 2));
            } else if (cp < 0x10000) {
                out.append("\\u").append(hex(cp, 4));
            } else {
                out.append("\\U").append(hex(cp, 8));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable}: no controls, formats, separators other than the space, or unassigned. */
    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String hex(int cp, int digits) {
        String h = Integer.toHexString(cp);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
