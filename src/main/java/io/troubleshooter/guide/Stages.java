package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error sections that give the fix directly: either numbered stages ("Step 1: ... Step 2: if that did
 * not help ...") that escalate one after the other, or a single solution made of the section's steps.
 */
final class Stages {

    record Read(List<Cause> causes, List<Block> description) { }

    private final Terms terms;
    private final Pattern stepNumber;
    private final Pattern causeNumber;

    Stages(Terms terms, Pattern stepNumber) {
        this(terms, stepNumber, null);
    }

    /** Also cuts at unlinked "Cause 5: ..." lines, each a cause of its own. */
    Stages(Terms terms, Pattern stepNumber, Pattern causeNumber) {
        this.terms = terms;
        this.stepNumber = stepNumber;
        this.causeNumber = causeNumber;
    }

    Read read(String anchor, List<Block> blocks, CauseBuilder causes) {
        var description = new ArrayList<Block>();
        var stages = new ArrayList<Cause>();
        String stageId = null;
        String stageTitle = null;
        Block.Paragraph stageParagraph = null;
        var stageBlocks = new ArrayList<Block>();
        Cause.Kind kind = Cause.Kind.STAGE;
        Cause.Kind stageKind = kind;
        for (Block block : blocks) {
            Matcher m = block instanceof Block.Paragraph p ? stepNumber.matcher(p.text()) : null;
            kind = Cause.Kind.STAGE;
            if ((m == null || !m.find()) && causeNumber != null && block instanceof Block.Paragraph p) {
                m = causeNumber.matcher(p.text());
                kind = Cause.Kind.CAUSE;
                if (!m.find()) {
                    m = null;
                }
            } else if (m != null) {
                m.reset();
                if (!m.find()) {
                    m = null;
                }
            }
            if (m != null) {
                if (stageId != null) {
                    stages.add(stage(stageId, stageKind, stageTitle, stageParagraph, stageBlocks, causes));
                }
                stageKind = kind;
                stageParagraph = (Block.Paragraph) block;
                stageId = anchor + (kind == Cause.Kind.CAUSE ? "/cause-" : "/step-") + m.group(1);
                stageTitle = stageParagraph.text().substring(m.end()).strip();
                stageBlocks = new ArrayList<>();
            } else if (stageId == null) {
                description.add(block);
            } else {
                stageBlocks.add(block);
            }
        }
        if (stageId != null) {
            stages.add(stage(stageId, stageKind, stageTitle, stageParagraph, stageBlocks, causes));
            return new Read(List.copyOf(stages), List.copyOf(description));
        }
        var collector = new StepCollector(terms, anchor + "/solution");
        collector.collect(description, false);
        collector.proseAsSteps(true);
        Cause solution = new Cause(anchor + "/solution", Cause.Kind.SOLUTION, null, List.of(),
                List.copyOf(collector.steps()), List.copyOf(collector.notes()), causes.logs(description), anchor,
                blocks.isEmpty() ? 0 : blocks.getFirst().line());
        return new Read(List.of(solution), List.copyOf(collector.prose()));
    }

    private Cause stage(String id, Cause.Kind kind, String title, Block.Paragraph heading, List<Block> blocks,
                        CauseBuilder causes) {
        var collector = new StepCollector(terms, id);
        collector.collect(blocks, false);
        if (collector.steps().isEmpty() && !collector.prose().isEmpty()) {
            collector.proseAsSteps(false);
        }
        var intro = new ArrayList<>(collector.prose());
        if (collector.steps().isEmpty()) {
            collector.add(collector.action(title, List.of(new Block.Paragraph(
                    List.of(new Inline.Text(title)), heading.line())), heading.line()));
        }
        return new Cause(id, kind, title, List.copyOf(intro), List.copyOf(collector.steps()),
                List.copyOf(collector.notes()), causes.logs(blocks), id, heading.line());
    }
}
