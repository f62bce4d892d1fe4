package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds an error entry from a section the recognisers claimed: its labelled parts give codes, messages,
 * causes and what to do; sub-sections named for a role (Cause, Resolution) are parts too; numbered
 * sub-sections are escalation stages; without any of these, reason bullets or the prose are the fix.
 */
final class EntryBuilder {

    private final Reading reading;

    EntryBuilder(Reading reading) {
        this.reading = reading;
    }

    ErrorEntry build(Section section, List<String> headingCodes, String headingMessage) {
        return build(section, headingCodes, headingMessage, null);
    }

    /** An entry whose causes the caller found ({@code given}), or the builder finds when null. */
    ErrorEntry build(Section section, List<String> headingCodes, String headingMessage, List<Cause> given) {
        LabelRoles roles = reading.roles(section);
        var parts = new ArrayList<>(EntryParts.of(section.blocks(), roles));
        var stages = reading.numberedChildren(section);
        for (Section child : reading.children(section)) {
            Role r = Role.of(child.title().replaceFirst("[:：]\\s*$", ""), reading.terms);
            if (r == Role.OTHER && !reading.claimed(child) && !stages.contains(child) && !describesAnError(child)) {
                // A sub-section that is no error of its own is part of this one's fix ("Permission to restore ...").
                var blocks = new ArrayList<Block>();
                blocks.add(new Block.Paragraph(child.heading(), child.line()));
                blocks.addAll(child.blocks());
                reading.subtree(child).forEach(s -> blocks.addAll(s.blocks()));
                parts.add(new EntryParts.Part(Role.ACTION, child.title(), List.of(), blocks, child.line()));
                reading.claim(child);
            } else if (r != Role.OTHER && !reading.claimed(child)) {
                var blocks = new ArrayList<>(child.blocks());
                reading.subtree(child).forEach(s -> blocks.addAll(s.blocks()));
                parts.addAll(EntryParts.of(blocks, roles).stream().map(p -> p.role() == null
                        ? new EntryParts.Part(r, child.title(), List.of(), p.blocks(), child.line()) : p).toList());
                reading.claim(child);
            }
        }
        var codes = new LinkedHashSet<>(headingCodes);
        var messages = new ArrayList<String>();
        for (EntryParts.Part p : parts) {
            if (p.role() == Role.CODE) {
                codeValue(p.valueText(), codes, messages);
            } else if (p.role() == Role.MESSAGE && !p.text().isBlank()) {
                messages.add(firstLine(p.text()));
            }
        }
        if (messages.isEmpty() && headingMessage != null && !headingMessage.isBlank()) {
            messages.add(headingMessage);
        }
        if (messages.isEmpty() && codes.isEmpty()) {
            messages.add(section.title());
        }
        var description = new ArrayList<Block>();
        List<Cause> causes;
        if (given != null) {
            parts.stream().filter(p -> p.role() == null).forEach(p -> description.addAll(p.blocks()));
            causes = given;
        } else {
            causes = causes(section, parts, description);
        }
        var numeric = codes.stream().filter(c -> c.chars().allMatch(Character::isDigit)).toList();
        var named = codes.stream().filter(c -> !numeric.contains(c)).toList();
        return new ErrorEntry(section.anchor(), List.copyOf(named), List.copyOf(numeric), List.copyOf(messages),
                headingMessage == null || headingMessage.isBlank() ? section.title() : headingMessage,
                List.copyOf(description), List.copyOf(causes), reading.article.id(), reading.article.locale(),
                reading.article.version(), reading.article.path(), section.line());
    }

    private List<Cause> causes(Section section, List<EntryParts.Part> parts, List<Block> description) {
        String anchor = section.anchor();
        List<Section> stages = reading.numberedChildren(section);
        if (!stages.isEmpty()) {
            parts.stream().filter(p -> p.role() == null).forEach(p -> description.addAll(p.blocks()));
            var out = new ArrayList<Cause>();
            for (Section stage : stages) {
                out.add(reading.byAnchor.computeIfAbsent(stage.anchor(),
                        a -> reading.causes.fromSection(stage, Cause.Kind.STAGE, stage.title())));
                reading.claim(stage);
            }
            return out;
        }
        if (parts.stream().anyMatch(p -> p.role() == Role.CAUSE)) {
            return labelledCauses(anchor, parts, description);
        }
        var lead = new ArrayList<Block>();
        var rest = new ArrayList<Block>();
        for (EntryParts.Part p : parts) {
            if (p.role() == null || p.role() == Role.CODE || p.role() == Role.MESSAGE || p.role() == Role.SYMPTOM) {
                lead.addAll(p.role() == null ? p.blocks() : p.trailing());
            } else if (p.role() == Role.ACTION || p.role() == Role.OTHER) {
                rest.addAll(p.allBlocks());
            }
        }
        List<Cause> reasons = new ReasonBullets(reading.terms).read(anchor, lead);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        var all = new ArrayList<>(lead);
        all.addAll(rest);
        Stages.Read read = new Stages(reading.terms, reading.stepNumber, reading.causeNumber).read(anchor, all, reading.causes);
        description.addAll(read.description());
        if (read.causes().size() == 1 && read.causes().getFirst().kind() == Cause.Kind.SOLUTION) {
            Cause only = read.causes().getFirst();
            String why = EntryParts.firstText(lead.isEmpty() ? read.description() : lead);
            if (!why.isBlank()) {
                return List.of(new Cause(only.id(), only.kind(), firstLine(why), only.intro(), only.steps(), only.notes(),
                        only.logs(), only.sourceAnchor(), only.line()));
            }
        }
        return read.causes();
    }

    private List<Cause> labelledCauses(String anchor, List<EntryParts.Part> parts, List<Block> description) {
        var out = new ArrayList<Cause>();
        EntryParts.Part cause = null;
        var actions = new ArrayList<Block>();
        for (EntryParts.Part p : parts) {
            if (p.role() == Role.CAUSE) {
                if (cause != null) {
                    out.add(labelled(anchor + "/cause-" + (out.size() + 1), cause, actions));
                }
                cause = p;
                actions = new ArrayList<>();
            } else if (p.role() == Role.ACTION || p.role() == Role.OTHER) {
                actions.addAll(p.allBlocks());
            } else if (cause == null) {
                description.addAll(p.role() == null ? p.blocks() : p.trailing());
            } else {
                actions.addAll(p.trailing());
            }
        }
        out.add(labelled(anchor + "/cause-" + (out.size() + 1), cause, actions));
        return out.size() == 1 ? listedCauses(out.getFirst(), cause, actions) : out;
    }

    /** "**Cause**: one of these:" and a list: each item is a cause, each followed by the same action. */
    private List<Cause> listedCauses(Cause single, EntryParts.Part part, List<Block> actions) {
        String value = part.valueText().strip();
        boolean opens = value.isEmpty() || value.endsWith(":") || value.endsWith("：");
        if (!opens || part.blocks().isEmpty() || !(part.blocks().getFirst() instanceof Block.ListBlock list)
                || list.items().size() < 2) {
            return List.of(single);
        }
        var out = new ArrayList<Cause>();
        for (Block.Item item : list.items()) {
            String id = single.id() + "-" + (out.size() + 1);
            var collector = new StepCollector(reading.terms, id);
            var blocks = new ArrayList<>(item.blocks().size() > 1 ? item.blocks().subList(1, item.blocks().size())
                    : List.<Block>of());
            blocks.addAll(actions);
            collector.collect(blocks, false);
            collector.proseAsSteps(false);
            out.add(new Cause(id, Cause.Kind.CAUSE, ReasonBullets.title(EntryParts.firstText(item.blocks())), List.of(),
                    List.copyOf(collector.steps()), List.copyOf(collector.notes()), List.of(), id, item.line()));
        }
        return out;
    }

    private Cause labelled(String id, EntryParts.Part cause, List<Block> actions) {
        String title = firstLine(cause.text());
        var intro = new ArrayList<Block>(cause.blocks());
        if (cause.valueText().isBlank() && !intro.isEmpty() && intro.getFirst() instanceof Block.Paragraph) {
            intro.removeFirst();
        }
        var collector = new StepCollector(reading.terms, id);
        var all = new ArrayList<Block>(intro);
        all.addAll(actions);
        collector.collect(all, false);
        var kept = new ArrayList<>(collector.prose());
        collector.proseAsSteps(false);
        var notes = new ArrayList<>(collector.notes());
        return new Cause(id, Cause.Kind.CAUSE, title, actions.isEmpty() ? List.of() : List.copyOf(kept),
                List.copyOf(collector.steps()), List.copyOf(notes), reading.causes.logs(actions), id, cause.line());
    }

    private boolean describesAnError(Section s) {
        if (!reading.heading(s).codes().isEmpty()
                || !CodeHeadingRecognizer.unquote(s.title()).equals(s.title().strip())
                || QuotedErrorRecognizer.firstQuote(s).isPresent()) {
            return true;
        }
        var roles = LabelledSectionRecognizer.roles(s, reading);
        return roles.contains(Role.CODE) || roles.contains(Role.MESSAGE) || roles.contains(Role.CAUSE)
                || reading.subtree(s).stream().anyMatch(this::describesAnError);
    }

    /** {@code UserErrorX}, {@code -2147164145 [0x8004E00F]}, or a code followed by its message after a colon. */
    private static void codeValue(String value, java.util.Set<String> codes, List<String> messages) {
        var tokens = CodeTokens.scan(value);
        tokens.forEach(t -> codes.add(t.text()));
        if (!tokens.isEmpty()) {
            int end = tokens.getLast().end();
            String after = value.substring(end).replaceFirst("^\\s*[:：]\\s*", "").strip();
            if (value.substring(end).strip().startsWith(":") && after.split("\\s+").length >= 3) {
                messages.add(firstLine(after));
            }
        }
    }

    static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    static String plain(List<Inline> inlines) {
        return Inline.plain(inlines);
    }
}
