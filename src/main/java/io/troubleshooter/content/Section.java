package io.troubleshooter.content;

import java.io.Serializable;
import java.util.List;

/**
 * A heading and the blocks up to the next heading. The anchor is the article's own
 * {@code <a name>} (English in every language) or, when missing, a slug of the heading.
 * {@code title} is the heading as plain text, worked out once: the reader asks for it often.
 */
public record Section(int level, String anchor, boolean explicitAnchor, List<Inline> heading, int line,
                      List<Block> blocks, String title) implements Serializable {

    public Section(int level, String anchor, boolean explicitAnchor, List<Inline> heading, int line, List<Block> blocks) {
        this(level, anchor, explicitAnchor, heading, line, blocks, Inline.plain(heading));
    }
}
