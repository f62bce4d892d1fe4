package io.troubleshooter.guide;

import io.troubleshooter.content.Block;

import java.io.Serializable;
import java.util.List;

/**
 * One thing to do or check. {@code id} is stable across languages and content updates: the cause's
 * anchor and the step's position ({@code the-vm-has-no-internet-access/2}, {@code .../3.1} when nested).
 * An ACTION is done; a CONDITION is checked and its {@code children} are what to do when it applies;
 * a METHOD groups the steps of one way to fix it, and {@code alternative} methods are tried one of.
 */
public record Step(String id, Kind kind, String title, List<Block> blocks, List<Command> commands,
                   List<Block.Alert> warnings, List<Step> children, boolean alternative, int line)
        implements Serializable {

    public enum Kind { ACTION, CONDITION, METHOD }

    /** A step with nothing beside it: no warnings, no sub-steps, not an alternative. */
    public static Step plain(String id, Kind kind, String title, List<Block> blocks, List<Command> commands, int line) {
        return new Step(id, kind, title, blocks, commands, List.of(), List.of(), false, line);
    }

    public Step withId(String newId) {
        return new Step(newId, kind, title, blocks, commands, warnings, children, alternative, line);
    }

    public Step withWarnings(List<Block.Alert> newWarnings) {
        return new Step(id, kind, title, blocks, commands, newWarnings, children, alternative, line);
    }

    public Step withChildren(List<Step> newChildren) {
        return new Step(id, kind, title, blocks, commands, warnings, newChildren, alternative, line);
    }
}
