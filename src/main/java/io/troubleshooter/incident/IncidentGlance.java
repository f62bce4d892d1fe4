package io.troubleshooter.incident;

import io.troubleshooter.guide.Answered;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An incident at a glance: a timeline of what was done (answers, steps, commands copied with their values, notes),
 * and a plain-text summary for the ticket. Every word comes through {@link IncidentTexts#labels()} ({@code glance.*}
 * keys), titles in the language of the texts; what came from files is shown through {@link SafeText}.
 */
public final class IncidentGlance {

    /** What an event of the timeline is about. */
    public enum Kind { CREATED, ANSWER, STEP, COMMAND, NOTE, OUTCOME }

    /** One thing done, at its time, already in words. */
    public record Event(Instant at, Kind kind, String text) { }

    private final Incident incident;
    private final IncidentTexts texts;
    private final Function<String, String> labels;
    private final DateTimeFormatter time;

    public IncidentGlance(Incident incident, IncidentTexts texts, ZoneId zone) {
        this.incident = incident;
        this.texts = texts;
        this.labels = texts.labels();
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    }

    /** Everything done, oldest first; a step's note is shown with the time the step last changed. */
    public List<Event> timeline() {
        var events = new ArrayList<Event>();
        if (incident.created() != null) {
            events.add(new Event(incident.created(), Kind.CREATED, labels.apply("glance.created")));
        }
        for (Answered answered : incident.answers()) {
            events.add(new Event(answered.at(), Kind.ANSWER, texts.cause(answered.causeId()) + ": "
                    + labels.apply("glance.answer." + answered.answer().name().toLowerCase(Locale.ROOT))));
        }
        for (ChecklistItem item : incident.items()) {
            if (item.changed() == null) {
                continue;
            }
            if (!item.causeItem() && item.settled()) {
                events.add(new Event(item.changed(), Kind.STEP, texts.node(item.nodeId()) + ": "
                        + labels.apply("checklist.state." + item.state().name().toLowerCase(Locale.ROOT))));
            }
            if (!item.note().isBlank()) {
                events.add(new Event(item.changed(), Kind.NOTE, texts.node(item.nodeId()) + ": "
                        + SafeText.line(item.note())));
            }
        }
        for (CopiedCommand command : incident.commands()) {
            events.add(new Event(command.at(), Kind.COMMAND, labels.apply("glance.copied") + ": "
                    + commandText(command)));
        }
        if (incident.outcome().closed() && incident.outcome().at() != null) {
            events.add(new Event(incident.outcome().at(), Kind.OUTCOME, outcomeText()));
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(events);
    }

    /** The time of an event as the timeline and the summary show it. */
    public String time(Instant at) {
        return at == null ? "" : time.format(at);
    }

    /** The plain text for the ticket: who and what, how it ended, the path walked, commands copied and notes. */
    public String summary() {
        var info = incident.info();
        var out = new StringBuilder();
        line(out, "glance.reference", info.reference());
        line(out, "glance.vm", info.vmName());
        if (!info.customer().isBlank()) {
            line(out, "glance.customer", info.customer());
        }
        String code = SafeText.line(incident.error().displayCode());
        String message = texts.errorMessage(incident);
        out.append(labels.apply("glance.error")).append(": ").append(code)
                .append(message.isBlank() || message.equals(code) ? "" : " — " + message).append('\n');
        out.append(labels.apply("glance.outcome")).append(": ").append(outcomeText()).append('\n');
        out.append('\n').append(labels.apply("glance.path")).append(":\n");
        int n = 1;
        for (Incident.PathStep step : incident.path()) {
            String answer = step.answer() == null ? labels.apply("glance.answer.open")
                    : labels.apply("glance.answer." + step.answer().name().toLowerCase(Locale.ROOT));
            out.append("  ").append(n++).append(". ").append(texts.cause(step.causeId())).append(": ").append(answer)
                    .append(step.at() == null ? "" : " (" + time(step.at()) + ")").append('\n');
        }
        if (!incident.commands().isEmpty()) {
            out.append('\n').append(labels.apply("glance.commands")).append(":\n");
            for (CopiedCommand command : incident.commands()) {
                out.append("  ").append(time(command.at())).append("  ").append(commandText(command)).append('\n');
            }
        }
        var notes = new ArrayList<String>();
        if (!info.notes().isBlank()) {
            notes.add(SafeText.line(info.notes()));
        }
        incident.items().stream().filter(i -> !i.note().isBlank())
                .forEach(i -> notes.add(texts.node(i.nodeId()) + ": " + SafeText.line(i.note())));
        if (!notes.isEmpty()) {
            out.append('\n').append(labels.apply("glance.notes")).append(":\n");
            notes.forEach(note -> out.append("  - ").append(note).append('\n'));
        }
        return out.toString();
    }

    private String outcomeText() {
        var outcome = incident.outcome();
        String kind = labels.apply("glance.outcome." + outcome.kind().name().toLowerCase(Locale.ROOT));
        String cause = outcome.causeId();
        String by = cause == null || cause.isBlank() ? "" : ": " + texts.cause(cause);
        return kind + by + (outcome.closed() && outcome.at() != null ? " (" + time(outcome.at()) + ")" : "");
    }

    private static String commandText(CopiedCommand command) {
        String text = SafeText.line(command.text());
        Map<String, String> values = command.values();
        if (values.isEmpty()) {
            return text;
        }
        return text + "  [" + values.entrySet().stream().map(e -> SafeText.line(e.getKey()) + "="
                + SafeText.line(e.getValue())).collect(Collectors.joining(", ")) + "]";
    }

    private void line(StringBuilder out, String key, String value) {
        out.append(labels.apply(key)).append(": ").append(SafeText.line(value)).append('\n');
    }
}
