package io.troubleshooter.cli;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gold scorer on small hand-made gold and engine output, so a fault in it shows apart from the engine's. */
class GoldMatchTest {

    private static final List<Object> AGENT_CAUSES = List.of(
            map("title", "The agent is not installed on the VM", "anchor", null),
            map("title", "A firewall blocks the agent", "anchor", "firewall"));

    private static final List<Object> AGENT_COMMANDS =
            List.of("Get-Service WindowsAzureGuestAgent", "net start rdagent");

    private static final Map<String, Object> AGENT_GOLD = map(
            "codes", List.of("UserErrorAgentDown"),
            "anchor", "agent-down",
            "message", "The VM agent is unavailable",
            "causes", AGENT_CAUSES,
            "commands", AGENT_COMMANDS);

    private static final Map<String, Object> DISK_GOLD = map(
            "codes", List.of("UserErrorDiskMissing"),
            "anchor", "disk-missing",
            "message", "A disk is missing",
            "causes", List.of(map("title", "The disk was detached", "anchor", null)),
            "commands", List.of("az vm show"));

    private static final Map<String, Object> AGENT_ENTRY = map(
            "codes", List.of("usererroragentdown"),
            "numericIds", List.of(),
            "message", "VM agent unavailable",
            "messages", List.of(),
            "anchor", "agent-down",
            "causes", List.of(
                    map("id", "agent-not-installed", "title", "The VM agent is not installed", "steps", List.of(
                            map("id", "install", "title", "Install it",
                                    "commands", List.of("GET-SERVICE WindowsAzureGuestAgent")))),
                    map("id", "agent-crashed", "title", "The agent crashed", "steps", List.of())),
            "commands", List.of(map("text", "GET-SERVICE  WindowsAzureGuestAgent"), map("text", "echo checked")));

    private static final Map<String, Object> SPURIOUS_ENTRY = map(
            "codes", List.of("SomethingElse"),
            "message", "An unrelated failure",
            "anchor", "something-else",
            "causes", List.of(),
            "commands", List.of());

    @Test
    void matchedMissedAndSpuriousEntriesGiveTheScriptsFigures() {
        GoldScore.Result result = score(List.of(AGENT_GOLD, DISK_GOLD), List.of(SPURIOUS_ENTRY, AGENT_ENTRY), true);

        // Entries 1/2; causes 1/3 (a title overlap, not the one-word overlap); commands 1/3 (one ignoring case);
        // precision 1/2 (the step's command and the entry's are one command); one spurious entry.
        assertEquals(new GoldScore.Totals(2, 1, 3, 1, 3, 1, 1, 1, 2, 1), result.totals());
        assertEquals(List.of(
                "a.md: entries 1/2  causes 1/3  commands 1/3  spurious 1",
                "    matched[code] UserErrorAgentDown -> engine#1 ['usererroragentdown']: causes 1/2 commands 1/2",
                "        missing cause: A firewall blocks the agent",
                "        missing command: net start rdagent",
                "    MISSED  UserErrorDiskMissing",
                "    SPURIOUS engine#0 codes=['SomethingElse'] anchor=something-else msg='An unrelated failure'"),
                result.lines());
        assertEquals("gold: entries R=0.50 (1/2)  causes R=0.33 (1/3)  commands R=0.33 (1/3)  commands P=0.50 (1/2)  "
                + "entries with >=1 cause or step: 1.00  spurious engine entries: 1", result.totals().line());
    }

    @Test
    void aCodeInsideAnEngineCodeListMatchesAnEntry() {
        Map<String, Object> grouped = with(SPURIOUS_ENTRY, "codes", List.of("UserErrorDiskMissing / 400094"));
        assertEquals("code", GoldMatch.entries(List.of(DISK_GOLD), List.of(grouped)).get(0).how());
    }

    @Test
    void anEntryWithoutCodeIsMatchedByAnAnchorUniqueInTheGold() {
        Map<String, Object> gold = with(DISK_GOLD, "codes", List.of());
        Map<String, Object> entry = with(with(SPURIOUS_ENTRY, "codes", List.of()), "anchor", "Disk-Missing");
        assertEquals("anchor", GoldMatch.entries(List.of(gold), List.of(entry)).get(0).how());
        assertEquals(Map.of(), GoldMatch.entries(List.of(gold, gold), List.of(entry)), "an anchor given twice");
    }

    @Test
    void anEntryWithoutCodeOrAnchorIsMatchedByMostOfItsMessageWords() {
        Map<String, Object> gold = with(with(DISK_GOLD, "codes", List.of()), "anchor", null);
        Map<String, Object> entry = with(with(SPURIOUS_ENTRY, "codes", List.of()), "message", "The disk is missing");
        assertEquals("message", GoldMatch.entries(List.of(gold), List.of(entry)).get(0).how());
        Map<String, Object> vague = with(entry, "message", "Something is missing");
        assertEquals(Map.of(), GoldMatch.entries(List.of(gold), List.of(vague)));
    }

    @Test
    void aCauseIsMatchedByAnAnchorSegmentOfItsId() {
        List<?> engine = List.of(map("id", "agent-down/firewall", "title", "Blocked"));
        assertEquals(Map.of(1, 0), GoldMatch.causes(AGENT_CAUSES, engine));
    }

    @Test
    void aCommandBlockCountsLineByLine() {
        Map<String, Object> entry = with(SPURIOUS_ENTRY, "commands",
                List.of(map("text", "net stop rdagent\r\n\r\nNet Start  RdAgent\n")));
        assertEquals(List.of(false, true), GoldMatch.commands(AGENT_COMMANDS, entry));
        assertEquals(List.of(1, 1), Arrays.stream(GoldMatch.commandPrecision(AGENT_COMMANDS, entry)).boxed().toList());
    }

    @Test
    void theTwoLanguagesOfOneFileAreScoredApart() {
        var spanish = new HashMap<>(article(List.of(AGENT_ENTRY)));
        spanish.put("locale", "es-ES");
        var english = new HashMap<>(article(List.of()));
        english.put("locale", "en-US");
        var gold = new TreeMap<String, Object>(Map.of("a.md.gold.json",
                map("article", "es-es/a.md", "locale", "en-us", "entries", List.of(AGENT_GOLD))));
        GoldScore.Result result = GoldScore.score(gold, Map.of("articles", List.of(spanish, english)), false);
        assertEquals(0, result.totals().entriesFound());
    }

    @Test
    void figuresAreRoundedAsPythonRoundsThem() {
        assertEquals("0.12", GoldScore.twoDecimals(0.125));
        assertEquals("0.67", GoldScore.twoDecimals(2.0 / 3));
        assertEquals("1.00", GoldScore.twoDecimals(1.005));
    }

    private static GoldScore.Result score(List<Map<String, Object>> gold, List<Map<String, Object>> engine,
                                          boolean verbose) {
        var goldFiles = new TreeMap<String, Object>(Map.of("a.md.gold.json",
                map("article", "en-us/a.md", "locale", "en-US", "entries", gold)));
        return GoldScore.score(goldFiles, Map.of("articles", List.of(article(engine))), verbose);
    }

    private static Map<String, Object> article(List<Map<String, Object>> errors) {
        return map("path", "content/en-US/a.md", "locale", "en-US", "errors", errors);
    }

    private static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        var copy = new HashMap<>(m);
        copy.put(key, value);
        return copy;
    }

    /** A JSON object; unlike {@link Map#of}, it takes null values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        var m = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
