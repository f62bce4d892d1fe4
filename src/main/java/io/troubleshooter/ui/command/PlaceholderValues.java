package io.troubleshooter.ui.command;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the engineer typed for each placeholder ({@code serviceName}, {@code <Geo>}), shared by every
 * command on screen: a name filled once is offered again in each later command that uses it.
 */
public final class PlaceholderValues {

    private final Map<String, StringProperty> values = new LinkedHashMap<>();

    public StringProperty value(String name) {
        return values.computeIfAbsent(name, n -> new SimpleStringProperty(this, n, ""));
    }

    /** The filled values, for {@code Command.fill}. */
    public Map<String, String> snapshot() {
        var out = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> out.put(name, value.get()));
        return out;
    }

    public void clear() {
        values.values().forEach(v -> v.set(""));
    }
}
