package io.troubleshooter.guide;

import io.troubleshooter.content.Block;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One error as an engineer meets it: its codes (several when the article groups them), numeric ids,
 * the messages shown in the portal, what the article says about it, and its ordered causes.
 * Entries without a code (a symptom, a table row) are keyed by anchor.
 */
public record ErrorEntry(String anchor, List<String> codes, List<String> numericIds, List<String> messages,
                         String title, List<Block> description, List<Cause> causes, String articleId,
                         String locale, String articleVersion, String articlePath, int line) implements Serializable {

    /** The key that groups this entry across languages and versions. */
    public String key() {
        return codes.isEmpty() ? "anchor:" + articleId + "#" + anchor : "code:" + codes.getFirst();
    }

    public String message() {
        return messages.isEmpty() ? title : messages.getFirst();
    }

    public List<Command> commands() {
        return causes.stream().flatMap(c -> c.commands().stream()).distinct().toList();
    }

    /** The logs the article asks to collect before escalating, in the order it names them. */
    public List<String> logs() {
        var logs = new LinkedHashSet<String>();
        causes.forEach(c -> logs.addAll(c.logs()));
        return List.copyOf(logs);
    }

    public DecisionTree tree() {
        return DecisionTree.of(this);
    }
}
