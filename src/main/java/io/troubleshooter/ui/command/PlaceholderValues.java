package io.troubleshooter.ui.command;

import io.troubleshooter.guide.PlaceholderValue;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the engineer typed for each placeholder ({@code serviceName}, {@code <Geo>}), shared by every
 * command on screen: a name filled once is offered again in each later command that uses it. A value that is
 * not one line of visible characters is refused, whoever sets it (a field, a restored walk, an imported
 * incident): the value stays as it was and {@link #refusedProperty()} says what was refused and why.
 */
public final class PlaceholderValues {

    /** A value that was refused, for the message shown. */
    public record Refused(String placeholder, PlaceholderValue.Refusal why) { }

    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Refused> refused = new ReadOnlyObjectWrapper<>(this, "refused");

    public StringProperty value(String name) {
        return values.computeIfAbsent(name, n -> new SimpleStringProperty(this, n, "") {
            @Override
            public void set(String newValue) {
                var why = PlaceholderValue.check(newValue);
                if (why.isPresent()) {
                    refused.set(new Refused(n, why.get()));
                    return;
                }
                super.set(newValue == null ? "" : newValue);
            }
        });
    }

    /** The last value refused; a new refusal replaces it. */
    public ReadOnlyObjectProperty<Refused> refusedProperty() {
        return refused.getReadOnlyProperty();
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
