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
}
