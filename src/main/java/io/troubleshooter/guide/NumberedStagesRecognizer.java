package io.troubleshooter.guide;

import io.troubleshooter.content.Section;

import java.util.List;
import java.util.Optional;

/**
 * A section whose sub-sections are numbered in order ("Step 1 ...", "Step 2 ...") is an escalation: the
 * problem in its heading, each numbered sub-section a stage tried after the one before did not help.
 */
final class NumberedStagesRecognizer implements SectionRecognizer {

    @Override
    public Optional<ErrorEntry> read(Section section, Reading reading) {
        List<Section> stages = reading.numberedChildren(section);
        if (stages.isEmpty() || stages.stream().anyMatch(s -> describesAnError(s, reading))) {
            return Optional.empty();
        }
        return Optional.of(reading.entries.build(section, List.of(), null));
    }

    private static boolean describesAnError(Section s, Reading reading) {
        var roles = LabelledSectionRecognizer.roles(s, reading);
        return roles.contains(Role.MESSAGE) || roles.contains(Role.CODE)
                || !reading.heading(s).codes().isEmpty();
    }
}
