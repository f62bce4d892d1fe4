package io.troubleshooter.ui.command;

import io.troubleshooter.guide.Command;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * One command as shown: its text cut into literal parts and fillable placeholders. What is copied
 * is exactly what is shown, with the values typed so far.
 */
public final class CommandViewModel {

    /** A literal piece of the command, or a placeholder to fill (then {@code text} is its token). */
    public record Segment(String text, Command.Placeholder placeholder) {
        public boolean fillable() {
            return placeholder != null;
        }
    }

    private final Command command;
    private final PlaceholderValues values;
    private final List<Segment> segments;
    private final StringBinding shown;

    public CommandViewModel(Command command, PlaceholderValues values) {
        this.command = command;
        this.values = values;
        this.segments = split(command);
        var dependencies = fillable().stream().map(p -> (ObservableValue<?>) values.value(p.name())).toList();
        this.shown = Bindings.createStringBinding(this::text, dependencies.toArray(ObservableValue[]::new));
    }

    public Command command() {
        return command;
    }

    public List<Segment> segments() {
        return segments;
    }

    public StringProperty value(String placeholder) {
        return values.value(placeholder);
    }

    /** The command as it would be copied now. */
    public StringBinding shownText() {
        return shown;
    }

    /** Placeholders still empty, in the order they appear. */
    public List<String> missing() {
        return fillable().stream().map(Command.Placeholder::name)
                .filter(name -> values.value(name).get().isEmpty()).distinct().toList();
    }

    private List<Command.Placeholder> fillable() {
        return command.placeholders().stream().filter(p -> !p.environment()).toList();
    }

    private String text() {
        var sb = new StringBuilder();
        for (Segment s : segments) {
            // Exactly what the field shows: values are one line of visible characters, never trimmed or changed.
            String value = s.fillable() ? values.value(s.placeholder().name()).get() : "";
            sb.append(value.isEmpty() ? s.text() : value);
        }
        return sb.toString();
    }

    private static List<Segment> split(Command command) {
        var parts = new ArrayList<Segment>();
        String text = command.text();
        int at = 0;
        while (at < text.length()) {
            Command.Placeholder next = null;
            int nextAt = text.length();
            for (Command.Placeholder p : command.placeholders()) {
                int i = p.environment() ? -1 : text.indexOf(p.token(), at);
                if (i >= 0 && (i < nextAt || i == nextAt && next != null && p.token().length() > next.token().length())) {
                    next = p;
                    nextAt = i;
                }
            }
            if (nextAt > at) {
                parts.add(new Segment(text.substring(at, nextAt), null));
            }
            if (next == null) {
                break;
            }
            parts.add(new Segment(next.token(), next));
            at = nextAt + next.token().length();
        }
        return List.copyOf(parts);
    }
}
