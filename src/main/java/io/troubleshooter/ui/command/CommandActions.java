package io.troubleshooter.ui.command;

import java.util.List;

/** What the window does around a copy: confirm it, or ask before copying with placeholders left empty. */
public interface CommandActions {

    /** The text is on the clipboard; show the engineer what was copied. */
    void copied(String text);

    /** Some placeholders are empty; true copies anyway. */
    boolean confirmEmpty(List<String> placeholders);
}
