package io.troubleshooter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.testing.TestArticles;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The flowchart figures bench prints: which tree was laid out, and its cold and warm times. */
class LayoutBenchTest {

    @Test
    void reportsColdAndWarmTimesForTheLargestTree() {
        Catalog catalog = TestArticles.catalog();
        ErrorEntry largest = TestArticles.entry(TestArticles.AGENT);
        assertTrue(catalog.entries().stream().allMatch(e -> e.tree().nodes().size() <= largest.tree().nodes().size()));

        Map<String, Object> figures = LayoutBench.measure(catalog).figures();

        assertEquals(List.of("layout_first_ms", "layout_warm_ms", "layout_largest_nodes"),
                List.copyOf(figures.keySet()));
        assertEquals(largest.tree().nodes().size(), figures.get("layout_largest_nodes"));
        // Times are compared in the bench run, not here: other tests in this JVM have loaded ELK already, so
        // "first" is not cold, and on a busy machine either can come out slower. Here: measured, in milliseconds.
        for (String time : List.of("layout_first_ms", "layout_warm_ms")) {
            double ms = (double) figures.get(time);
            assertTrue(ms > 0 && ms < 60_000, () -> time + " = " + ms);
        }
    }

    @Test
    void aCatalogWithoutErrorsSaysSoInsteadOfMeasuringNothing() {
        Catalog empty = Catalog.build(new ContentLoader.Loaded(List.of(), List.of()), Terms.shipped());

        var failure = assertThrows(IllegalStateException.class, () -> LayoutBench.measure(empty));
        assertEquals("the catalog has no error to lay out", failure.getMessage());
    }
}
