package io.troubleshooter.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What would run is what the engineer reads: every hiding or look-alike character is made plain or flagged. */
class CommandCleaningTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "net stop \u00ABVSS\u00BB|net stop \"VSS\"|SMART_QUOTES",
            "net stop VSS \u2013y|net stop VSS -y|DASHES",
            "sc st\u043Ep VSS|sc stop VSS|LOOKALIKES",
            "net stop VSS\uDB40\uDC41\uDB40\uDC42|net stop VSS|INVISIBLE",
            "net stop\u3164VSS|net stopVSS|INVISIBLE",
            "\uFF4E\uFF45\uFF54 stop VSS|net stop VSS|WIDE",
            "net\u3000stop VSS|net stop VSS|ODD_SPACES",
            "net stop \u061CVSS|net stop VSS|INVISIBLE",
            "net stop VSS\u001B[8m & shutdown|net stop VSS[8m & shutdown|CONTROLS",
            "net stop VSS                                        & shutdown /r|net stop VSS & shutdown /r|SPACE_RUN",
            "PS> Get-Service VSS|Get-Service VSS|PROMPT",
            "PS C:\\> Get-Service VSS|Get-Service VSS|PROMPT",
            "azureuser@vm:~$ sudo systemctl restart waagent|sudo systemctl restart waagent|PROMPT",
            "[root@vm ~]# systemctl restart waagent|systemctl restart waagent|PROMPT",
            "C:\\Users\\me>net stop VSS|net stop VSS|PROMPT"})
    void eachHidingOrLookAlikeCharacterIsMadePlainAndFlagged(String raw, String expected, Command.Flag flag) {
        CommandText.Cleaned cleaned = CommandText.clean(raw);
        assertEquals(expected, cleaned.text());
        assertTrue(cleaned.flags().contains(flag), () -> cleaned.flags().toString());
    }

    @Test
    void unicodeLineSeparatorsBecomeLineBreaks() {
        CommandText.Cleaned cleaned = CommandText.clean("net stop VSS\u2028net start VSS");
        assertEquals("net stop VSS\nnet start VSS", cleaned.text());
        assertEquals(List.of(Command.Flag.LINE_SEPARATORS), cleaned.flags());
    }

    @Test
    void commentsStayCommentsAndRedirectsAreNoPrompts() {
        assertEquals("# rm -rf / is what you must NOT run", CommandText.clean("# rm -rf / is what you must NOT run").text());
        assertEquals("C:\\tools\\dump.exe > out.txt", CommandText.clean("C:\\tools\\dump.exe > out.txt").text());
        assertEquals(List.of(), CommandText.clean("echo \"привет\" > hello.txt").flags(), "a Russian word is no look-alike");
    }

    @Test
    void randomMixturesLeaveNothingHiddenAndCleanOnce() {
        int[] nasty = {0x200B, 0x202E, 0x2066, 0xFEFF, 0x00AD, 0x061C, 0x3164, 0xE0041, 0x001B, 0x0007, 0x2028, 0x00A0,
                0x3000, 0x2013, 0x2014, 0x00AB, 0x00BB, 0x201C, 0x2019, 0xFF41, 0x0435, 0x043E, 0x0441};
        String base = "net stop serviceName && reg add HKLM\\Software /v x /d 1";
        var random = new Random(20261129L);
        for (int round = 0; round < 5000; round++) {
            var sb = new StringBuilder(base);
            int insertions = 1 + random.nextInt(6);
            for (int k = 0; k < insertions; k++) {
                int at = random.nextInt(sb.length() + 1);
                String piece = random.nextInt(8) == 0 ? " ".repeat(8 + random.nextInt(60)) + "x"
                        : new String(Character.toChars(nasty[random.nextInt(nasty.length)]));
                sb.insert(at, piece);
            }
            String raw = sb.toString();
            CommandText.Cleaned cleaned = CommandText.clean(raw);
            String text = cleaned.text();
            assertTrue(text.codePoints().noneMatch(VisibleText::hidden), () -> "hidden left in " + VisibleText.of(text));
            assertTrue(text.codePoints().noneMatch(cp -> cp > 0x7E && !Character.isLetter(cp)),
                    () -> "odd character left: " + VisibleText.of(text) + " from " + VisibleText.of(raw));
            assertFalse(text.matches("(?s).*(?:[A-Za-z][\u0400-\u04FF\u0370-\u03FF]|[\u0400-\u04FF\u0370-\u03FF][A-Za-z]).*"),
                    () -> "look-alike beside a Latin letter: " + text);
            assertFalse(text.matches("(?s).*\\S {8,}\\S.*"), () -> "a run of spaces hides text: " + text);
            CommandText.Cleaned again = CommandText.clean(text);
            assertEquals(text, again.text(), "cleaning twice changes nothing");
            assertEquals(List.of(), again.flags());
            if (!raw.equals(text) && !raw.strip().equals(text)) {
                assertFalse(cleaned.flags().isEmpty(), () -> "changed without a flag: " + VisibleText.of(raw));
            }
        }
    }
}
