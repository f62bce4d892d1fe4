package io.troubleshooter.ui.command;

import io.troubleshooter.guide.PlaceholderValue;

import java.util.List;

/** What the window does around a copy: confirm it, or ask before copying with placeholders left empty. */
public interface CommandActions {

    /** The text is on the clipboard; show the engineer what was copied. */
    default void copied(String text) {
        copied(text, 0);
    }

    /** The text is on the clipboard, copied from a card that showed {@code warnings} of the article's warnings. */
    void copied(String text, int warnings);

    /** Some placeholders are empty; true copies anyway. */
    boolean confirmEmpty(List<String> placeholders);

    /** A value typed or pasted into a placeholder was refused; say why. */
    void refused(String placeholder, PlaceholderValue.Refusal why);
}
