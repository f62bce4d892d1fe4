package io.troubleshooter.guide;

import io.troubleshooter.content.Section;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A section without a code in its heading that describes an error all the same: its body labels an error
 * message, a code or a cause ({@code **Error message**:}, {@code **Possible cause**:}, labels repeated across its
 * siblings), its heading quotes the message ({@code ### "Exception caught while connecting to target"}) or names
 * it ({@code ## Error: <message>}), or it has sub-sections named Cause / Resolution.
 */
final class LabelledSectionRecognizer implements SectionRecognizer {

    @Override
    public Optional<ErrorEntry> read(Section section, Reading reading) {
        Set<Role> roles = roles(section, reading);
        String title = section.title();
        String quoted = CodeHeadingRecognizer.unquote(title);
        boolean isQuoted = !quoted.equals(title.strip());
        Optional<LabelLine> named = LabelLine.read(section.heading())
                .filter(l -> reading.roles(section).apply(l.label()) == Role.MESSAGE && !l.valueText().isBlank());
        boolean described = roles.contains(Role.CODE) || roles.contains(Role.MESSAGE) || roles.contains(Role.CAUSE);
        boolean acted = roles.contains(Role.ACTION) && reading.siblings(section).stream()
                .anyMatch(s -> s != section && (roles(s, reading).contains(Role.CAUSE) || quoted(s)));
        if (!described && !isQuoted && named.isEmpty() && !acted) {
            return Optional.empty();
        }
        String message = named.map(l -> CodeHeadingRecognizer.unquote(l.valueText()))
                .orElse(isQuoted ? quoted : QuotedErrorRecognizer.firstQuote(section).orElse(null));
        return Optional.of(reading.entries.build(section, List.of(), message));
    }

    private static boolean quoted(Section s) {
        return !CodeHeadingRecognizer.unquote(s.title()).equals(s.title().strip());
    }

    static Set<Role> roles(Section section, Reading reading) {
        var out = EnumSet.noneOf(Role.class);
        EntryParts.of(section.blocks(), reading.roles(section), false).forEach(p -> {
            if (p.role() != null) {
                out.add(p.role());
            }
        });
        for (Section child : reading.children(section)) {
            Role r = Role.of(child.title().replaceFirst("[:：]\\s*$", ""), reading.terms);
            if (r == Role.CAUSE || r == Role.ACTION) {
                out.add(r);
            }
        }
        return out;
    }
}
