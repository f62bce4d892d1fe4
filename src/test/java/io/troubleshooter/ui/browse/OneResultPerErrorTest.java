package io.troubleshooter.ui.browse;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.TestArticles;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An error written in several languages is one search result, shown in the UI's language when it has one. */
class OneResultPerErrorTest {

    private final ErrorEntry english = TestArticles.entry(TestArticles.AGENT, "en-US");
    private final ErrorEntry spanish = TestArticles.entry(TestArticles.AGENT, "es-ES");
    private final ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER, "en-US");

    private List<ErrorEntry> rows(String language) {
        var model = new BrowseViewModel();
        model.preferredLanguageProperty().set(language);
        model.setEntries(List.of(english, spanish, vss), ErrorEntry::articleId, q -> List.of(english, vss, spanish));
        model.queryProperty().set("agent");
        return model.items().stream().map(i -> ((BrowseViewModel.Row) i).entry()).toList();
    }

    @Test
    void theVersionsOfOneErrorAreOneResultInTheUiLanguage() {
        assertEquals(List.of(spanish, vss), rows("es"));
        assertEquals(List.of(english, vss), rows("en"));
    }

    @Test
    void withoutAVersionInTheUiLanguageTheBestRankedOneIsShown() {
        assertEquals(List.of(english, vss), rows("pt"));
    }
}
