package io.troubleshooter.content;

import java.util.List;

/**
 * A heading and the blocks up to the next heading. The anchor is the article's own
 * {@code <a name>} (English in every language) or, when missing, a slug of the heading.
 */
public record Section(int level, String anchor, boolean explicitAnchor, List<Inline> heading, int line,
                      List<Block> blocks) {

    public String title() {
        return Inline.plain(heading);
    }
}
