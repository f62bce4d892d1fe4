package io.troubleshooter.search;

import io.troubleshooter.testing.BackupArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever lands in the search field (query syntax, pastes, invisible characters) is searched, never an error. */
class OddInputTest {

    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(BackupArticles.catalog().entries());
    }

    static Stream<String> oddInputs() {
        String camelWords = IntStream.range(0, 2000).mapToObj(i -> "UserError" + i + "NotConfiguredAt" + i)
                .reduce("", (a, b) -> a + " " + b);
        return Stream.of("\"", "\"unbalanced", "*", "?", "*vss*", "vss?riter", ":", "code:Extension", "\\", "\\\\\"",
                "[", "(", "{", "[320001 TO", "a AND OR NOT b", "~2", "vss~", "^3", "/regex/", "-", "+", "!", "&&", "||",
                "\u0000", "\u0007\u001b[31m", "\u202eesrever\u202c", "\u200f\u200e\u2066", "\ud800", "\udc00x",
                "😀 máquina", "e\u0301xtension", "\uFEFFExtension", "x".repeat(10_000), "máquina ".repeat(2_000),
                "ExtensionFailedVssWriterInBadState ".repeat(400), camelWords, "1".repeat(5_000));
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void oddInputIsSearchedAsPlainText(String input) {
        List<SearchIndex.Hit> hits = assertDoesNotThrow(() -> index.search(input, 20));
        assertTrue(hits.size() <= 20);
    }

    @Test
    void invisibleCharactersInsideAPastedCodeAreIgnored() {
        for (String pasted : List.of("Extension\u200fFailedVssWriterInBadState",
                "\u202aExtensionFailedVssWriterInBadState\u202c",
                "\u200bExtensionFailed\u200bVssWriterInBadState\r\n", "\uFEFFExtensionFailedVssWriterInBadState")) {
            assertEquals(List.of("ExtensionFailedVssWriterInBadState"),
                    index.search(pasted, 5).getFirst().entry().codes(), pasted);
        }
    }

    @Test
    void aCodeAtTheStartOfALongPasteIsStillFound() {
        String log = "UserErrorGuestAgentStatusUnavailable: " + "la operación no se completó a tiempo. ".repeat(300);
        assertTrue(log.length() > 10_000);
        assertEquals(List.of("UserErrorGuestAgentStatusUnavailable"), index.search(log, 5).getFirst().entry().codes());
    }

    @Test
    void queryCharactersDoNotChangeWhatIsFound() {
        assertEquals(index.search("vsswriter", 10), index.search("*vsswriter*", 10));
        assertEquals(index.search("320001", 10), index.search("\"320001\"", 10));
    }

    @Test
    void concurrentSearchesGiveWhatSequentialSearchesGive() throws Exception {
        List<String> queries = List.of("vsswriter", "320001", "UserErrorKeyvaultPermissionNotConfigured",
                "No se pudo comunicar con el agente de máquina virtual", "maquina virtual instantanea", "ext",
                "Snapshot operation failed due to no network connectivity");
        List<List<SearchIndex.Hit>> expected = queries.stream().map(q -> index.search(q, 20)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = IntStream.range(0, 400).map(i -> i % queries.size()).mapToObj(q -> (Callable<Boolean>) () ->
                    index.search(queries.get(q), 20).equals(expected.get(q))).toList();
            for (Future<Boolean> same : pool.invokeAll(tasks)) {
                assertTrue(same.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
