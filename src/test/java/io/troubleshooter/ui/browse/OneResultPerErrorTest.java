package io.troubleshooter.ui.browse;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.TestArticles;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An error written in several languages is one search result: the version that matched best. */
class OneResultPerErrorTest {

    private final ErrorEntry english = TestArticles.entry(TestArticles.AGENT, "en-US");
    private final ErrorEntry spanish = TestArticles.entry(TestArticles.AGENT, "es-ES");
    private final ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER, "en-US");

    private static List<ErrorEntry> rows(List<ErrorEntry> ranked) {
        var model = new BrowseViewModel();
        model.setEntries(ranked, ErrorEntry::articleId, q -> ranked);
        model.queryProperty().set("agent");
        return model.items().stream().map(i -> ((BrowseViewModel.Row) i).entry()).toList();
    }

    @Test
    void theVersionsOfOneErrorAreOneResultWhereTheBestStood() {
        assertEquals(List.of(spanish, vss), rows(List.of(spanish, vss, english)));
        assertEquals(List.of(english, vss), rows(List.of(english, vss, spanish)));
    }
}
