package io.troubleshooter.search;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.TestArticles;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command or a placeholder pasted from a ticket finds the errors whose steps use it. */
class CommandSearchTest {

    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(TestArticles.catalog().entries().stream()
                .filter(e -> e.locale().equals("en-US")).toList());
    }

    static List<String> codes(String query) {
        return index.search(query, 10).stream().map(h -> h.entry().codes().getFirst()).toList();
    }

    @Test
    void aCommandFromAStepFindsTheErrorsItFixes() {
        var found = codes("net stop WindowsAzureGuestAgent");
        assertFalse(found.isEmpty());
        assertTrue(List.of(TestArticles.AGENT, TestArticles.SNAPSHOT).contains(found.getFirst()), found.toString());
        assertTrue(found.containsAll(List.of(TestArticles.AGENT, TestArticles.SNAPSHOT)), found.toString());
    }

    @Test
    void aPackageNamedOnlyInACommandFindsItsError() {
        assertEquals(List.of(TestArticles.AGENT), codes("walinuxagent"));
    }

    @Test
    void anExactCodeStillComesFirst() {
        ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER);
        assertEquals(vss.codes().getFirst(), codes(TestArticles.VSS_WRITER).getFirst());
    }
}
