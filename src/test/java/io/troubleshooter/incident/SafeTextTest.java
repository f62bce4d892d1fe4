package io.troubleshooter.incident;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SafeTextTest {

    @Test
    void aRightToLeftOverrideIsShownInsteadOfReversingWhatFollows() {
        assertEquals("TKT-<U+202E>1337", SafeText.line("TKT-\u202E1337"));
        assertEquals("<U+2067>x<U+2069> <U+200F>", SafeText.line("\u2067x\u2069 \u200F"));
    }

    @Test
    void rightToLeftScriptsAndOrdinaryTextAreLeftAsTheyAre() {
        String arabic = "شركة النور · Logística Ibérica 👩‍💻";
        assertSame(arabic, SafeText.line(arabic));
    }

    @Test
    void controlAndInvisibleCharactersAreShownAndLineBreaksKeptOnlyInBlocks() {
        assertEquals("a<U+0000>b<U+001B>[31m<U+000A>c<U+200B>", SafeText.line("a\u0000b\u001b[31m\nc\u200B"));
        assertEquals("one\n\ttwo<U+000D>", SafeText.block("one\n\ttwo\r"));
    }

    @Test
    void halfACharacterBecomesTheReplacementCharacter() {
        assertEquals("x\uFFFDy", SafeText.line("x\uDC00y"));
        assertEquals("", SafeText.line(null));
    }
}
