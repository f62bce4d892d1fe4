package io.troubleshooter.guide;

import java.util.Optional;

/**
 * What may fill a placeholder: one line of visible, printable characters. Anything else could put on the
 * clipboard what the card does not show ({@code "VSS" + 80 spaces + "& shutdown /r /t 0"}, a line break, an
 * invisible character), so it is refused wherever the value comes from: typed, restored or imported.
 */
public final class PlaceholderValue {

    /** Why a value is refused; each has a message in the UI's bundles ({@code placeholder.refused.<name>}). */
    public enum Refusal { LINE_BREAK, INVISIBLE, SPACES, LEADING_SPACE, TOO_LONG }

    public static final int MAX_LENGTH = 256;

    private PlaceholderValue() {
    }

    /** Empty when {@code value} may fill a placeholder, otherwise why not. */
    public static Optional<Refusal> check(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        if (value.charAt(0) == ' ') {
            return Optional.of(Refusal.LEADING_SPACE);
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                return Optional.of(Refusal.LINE_BREAK);
            }
            if (VisibleText.hidden(cp) || cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))
                    || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.PRIVATE_USE) {
                return Optional.of(Refusal.INVISIBLE);
            }
            if (cp == ' ' && i + 1 < value.length() && value.charAt(i + 1) == ' ') {
                return Optional.of(Refusal.SPACES);
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }
}
