package io.troubleshooter.incident;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The incidents list names and finds an incident by every one of its errors, added ones too. */
class SeveralErrorsListTest {

    private static final Instant AT = Instant.parse("2025-03-14T09:00:00Z");

    @TempDir
    Path data;

    @Test
    void anIncidentIsFoundByTheCodeOfAnErrorAddedToItAndListedWithEveryCode() throws Exception {
        ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER);
        ErrorEntry agent = TestArticles.entry(TestArticles.AGENT);
        var several = IncidentSession.create(vss, new IncidentInfo("INC-1", "vm-1", "", ""), Origin.current(), AT);
        several.addError(agent, Walk.EMPTY, AT.plusSeconds(30));
        var single = IncidentSession.create(vss, new IncidentInfo("INC-2", "vm-2", "", ""), Origin.current(),
                AT.plusSeconds(60));

        try (var store = IncidentStore.open(data)) {
            store.save(several.incident());
            store.save(single.incident());
            assertFound(store.list(), several.id());
        }
        try (var reopened = IncidentStore.open(data)) {
            // Read back from the store's index this time, not from the files.
            assertFound(reopened.list(), several.id());
        }
    }

    private static void assertFound(IncidentStore.Listing listing, String id) {
        assertEquals(List.of(id), listing.filter(TestArticles.AGENT).stream().map(IncidentSummary::id).toList(),
                "found by the added error's code");
        var summary = listing.incidents().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        assertEquals(List.of(TestArticles.VSS_WRITER, TestArticles.AGENT), summary.errorCodes());
        assertEquals(2, listing.filter(TestArticles.VSS_WRITER).size(), "both are about the first error");
    }
}
