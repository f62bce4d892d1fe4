package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of blocks into steps: each list item is a step, a paragraph that holds a command is a
 * step, a code block is a step together with the sentence that introduces it, and a Cause | Solution
 * table gives one condition per row. What is left is prose, kept for the card.
 */
final class StepCollector {

    private final Terms terms;
    private final String prefix;
    private final List<Step> steps = new ArrayList<>();
    private final List<Block> prose = new ArrayList<>();
    private final List<Block.Alert> notes = new ArrayList<>();
    private int counter;

    StepCollector(Terms terms, String prefix) {
        this(terms, prefix, 0);
    }

    StepCollector(Terms terms, String prefix, int counter) {
        this.terms = terms;
        this.prefix = prefix;
        this.counter = counter;
    }

    List<Step> steps() {
        return steps;
    }

    List<Block> prose() {
        return prose;
    }

    List<Block.Alert> notes() {
        return notes;
    }

    int counter() {
        return counter;
    }

    String nextId() {
        return prefix + "/" + (++counter);
    }

    void add(Step step) {
        steps.add(step);
    }

    void collect(List<Block> blocks, boolean tocAfterOneOf) {
        Block previous = null;
        for (Block block : blocks) {
            boolean afterOneOf = tocAfterOneOf && block instanceof Block.ListBlock
                    && previous instanceof Block.Paragraph p && terms.contains(Terms.Key.ONE_OF, p.text());
            switch (block) {
                case Block.ListBlock list when tocAfterOneOf && afterOneOf -> prose.add(list);
                case Block.ListBlock list -> list.items().forEach(this::item);
                case Block.Paragraph p -> paragraph(p);
                case Block.CodeBlock code -> code(code, previous);
                case Block.Table table when isConditionTable(table) -> conditions(table);
                case Block.Alert alert -> alert(alert);
                default -> prose.add(block);
            }
            previous = block;
        }
    }

    /** When nothing looked like a step, the prose is what the article asks to do. */
    void proseAsSteps(boolean keepFirstAsDescription) {
        if (!steps.isEmpty()) {
            return;
        }
        var paragraphs = prose.stream().filter(b -> b instanceof Block.Paragraph).toList();
        int from = keepFirstAsDescription && paragraphs.size() > 1 ? 1 : 0;
        for (Block b : paragraphs.subList(from, paragraphs.size())) {
            steps.add(action(((Block.Paragraph) b).text(), List.of(b), b.line()));
            prose.remove(b);
        }
    }

    private void item(Block.Item item) {
        String title = item.blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).findFirst().orElse("");
        var warnings = item.blocks().stream().filter(b -> b instanceof Block.Alert).map(b -> (Block.Alert) b).toList();
        Step step = action(title, item.blocks(), item.line());
        steps.add(new Step(step.id(), step.kind(), step.title(), step.blocks(), step.commands(),
                step.commands().isEmpty() ? List.of() : warnings, List.of(), false, step.line()));
        if (step.commands().isEmpty()) {
            notes.addAll(warnings);
        }
    }

    private void paragraph(Block.Paragraph p) {
        if (!CommandExtractor.fromInlines(p.inlines(), p.line()).isEmpty()) {
            steps.add(action(p.text(), List.of(p), p.line()));
        } else {
            prose.add(p);
        }
    }

    private void code(Block.CodeBlock code, Block previous) {
        if (previous instanceof Block.Paragraph p && !prose.isEmpty() && prose.getLast() == p) {
            prose.removeLast();
            steps.add(action(p.text(), List.of(p, code), p.line()));
        } else if (previous instanceof Block.Paragraph p && !steps.isEmpty() && steps.getLast().blocks().equals(List.of(p))) {
            Step last = steps.removeLast();
            steps.add(new Step(last.id(), last.kind(), last.title(), List.of(p, code),
                    CommandExtractor.fromBlocks(List.of(p, code)), last.warnings(), List.of(), false, last.line()));
        } else {
            String first = code.code().lines().findFirst().orElse("");
            steps.add(action(first, List.of(code), code.line()));
        }
    }

    private void alert(Block.Alert alert) {
        boolean nextToCommand = !steps.isEmpty() && !steps.getLast().commands().isEmpty();
        if (nextToCommand) {
            Step last = steps.removeLast();
            var warnings = new ArrayList<>(last.warnings());
            warnings.add(alert);
            steps.add(new Step(last.id(), last.kind(), last.title(), last.blocks(), last.commands(),
                    List.copyOf(warnings), last.children(), last.alternative(), last.line()));
        } else {
            notes.add(alert);
        }
    }

    boolean isConditionTable(Block.Table table) {
        return table.header().size() >= 2 && terms.is(Terms.Key.CAUSE, Inline.plain(table.header().get(0)))
                && terms.is(Terms.Key.SOLUTION, Inline.plain(table.header().get(1)));
    }

    private void conditions(Block.Table table) {
        for (List<List<Inline>> row : table.rows()) {
            if (row.size() < 2) {
                continue;
            }
            String id = nextId();
            var condition = new Block.Paragraph(row.get(0), table.line());
            var solution = new Block.Paragraph(row.get(1), table.line());
            Step fix = new Step(id + "/1", Step.Kind.ACTION, solution.text(), List.of(solution),
                    CommandExtractor.fromInlines(row.get(1), table.line()), List.of(), List.of(), false, table.line());
            steps.add(new Step(id, Step.Kind.CONDITION, condition.text(), List.of(condition),
                    CommandExtractor.fromInlines(row.get(0), table.line()), List.of(), List.of(fix), false, table.line()));
        }
    }

    Step action(String title, List<Block> blocks, int line) {
        return new Step(nextId(), Step.Kind.ACTION, title, List.copyOf(blocks), CommandExtractor.fromBlocks(blocks),
                List.of(), List.of(), false, line);
    }
}
