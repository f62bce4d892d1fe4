package io.troubleshooter.guide;

import io.troubleshooter.content.Block;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cause (or, in articles that number steps instead of causes, a stage) with what to do about it.
 * The id is the anchor of the section that explains it, so a cause linked from several errors is
 * one cause, and it is the same in every language.
 */
public record Cause(String id, Kind kind, String title, List<Block> intro, List<Step> steps, List<Block.Alert> notes,
                    List<String> logs, String sourceAnchor, int line) implements Serializable {

    public enum Kind {
        /** "Cause 1: ..." */
        CAUSE,
        /** "Step 1: ..., if that did not help, Step 2: ..." */
        STAGE,
        /** The article gives a fix without naming causes. */
        SOLUTION
    }

    /** A cause that is only its steps: no introduction, notes or logs. */
    public static Cause ofSteps(String id, Kind kind, String title, List<Step> steps, String sourceAnchor, int line) {
        return new Cause(id, kind, title, List.of(), steps, List.of(), List.of(), sourceAnchor, line);
    }

    public List<Command> commands() {
        return allSteps().flatMap(s -> s.commands().stream()).distinct().toList();
    }

    public Stream<Step> allSteps() {
        return steps.stream().flatMap(Cause::withChildren);
    }

    private static Stream<Step> withChildren(Step step) {
        return Stream.concat(Stream.of(step), step.children().stream().flatMap(Cause::withChildren));
    }
}
