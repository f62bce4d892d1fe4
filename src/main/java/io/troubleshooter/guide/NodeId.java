package io.troubleshooter.guide;

import java.util.Optional;

/**
 * A node of a decision tree by kind and the id the article gives it (an anchor or a step's position). The one
 * place the written form ({@code cause:<id>}, {@code step:<id>}, ...) is spelled: incidents store it, the
 * flowchart and the checklist look nodes up by it, and nothing shows it to the engineer.
 */
public record NodeId(Kind kind, String id) {

    public enum Kind {
        ERROR("error:"), CAUSE("cause:"), STEP("step:"), DECISION("decision:"), END("end:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public static final NodeId RESOLVED = new NodeId(Kind.END, "resolved");
    public static final NodeId ESCALATE = new NodeId(Kind.END, "escalate");

    public NodeId {
        if (kind == null || id == null) {
            throw new IllegalArgumentException("a node id needs a kind and an id");
        }
    }

    public static NodeId error(String anchor) {
        return new NodeId(Kind.ERROR, anchor);
    }

    public static NodeId cause(String causeId) {
        return new NodeId(Kind.CAUSE, causeId);
    }

    public static NodeId step(String stepId) {
        return new NodeId(Kind.STEP, stepId);
    }

    public static NodeId decision(String causeId) {
        return new NodeId(Kind.DECISION, causeId);
    }

    /** The node a written id names; empty for text that is not one (a file edited by hand, an older format). */
    public static Optional<NodeId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (text.startsWith(kind.prefix) && text.length() > kind.prefix.length()) {
                return Optional.of(new NodeId(kind, text.substring(kind.prefix.length())));
            }
        }
        return Optional.empty();
    }

    /** The cause id of a written cause node, or the text itself when it is already a bare cause id. */
    public static String causeIdOf(String text) {
        String prefix = Kind.CAUSE.prefix;
        return text.startsWith(prefix) && text.length() > prefix.length() ? text.substring(prefix.length()) : text;
    }

    /** The step id of a written step node, if it is one. */
    public static Optional<String> stepIdOf(String text) {
        return parse(text).filter(n -> n.kind == Kind.STEP).map(NodeId::id);
    }

    public boolean is(Kind other) {
        return kind == other;
    }

    /** The written form, as incidents and trees store it. */
    @Override
    public String toString() {
        return kind.prefix + id;
    }
}
