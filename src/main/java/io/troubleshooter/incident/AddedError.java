package io.troubleshooter.incident;

import io.troubleshooter.guide.Answered;

import java.time.Instant;
import java.util.List;

/**
 * An error added to an incident after it was made (the agent was down, then a VSS writer failed): which error,
 * its own checklist and answers, by ids as the incident's first error has them, and when it was added.
 */
public record AddedError(ErrorRef error, List<ChecklistItem> items, List<Answered> answers, Instant at) {

    public AddedError {
        items = items == null ? List.of() : List.copyOf(items);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
