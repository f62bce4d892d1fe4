package io.troubleshooter.ui;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static io.troubleshooter.testing.TestArticles.AGENT;
import static io.troubleshooter.testing.TestArticles.VSS_WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One navigation command, one test per reason: what each puts on screen and which walk it shows. */
class NavigationTest {

    @TempDir
    Path data;
    MainViewModel model;

    @BeforeEach
    void open() {
        var settings = Settings.load(data.resolve("settings.properties"));
        model = new MainViewModel(settings);
        model.setCatalog(TestArticles.catalog(), App::search);
    }

    @AfterEach
    void close() {
        model.incidents().shutDown();
    }

    @Test
    void pickingAnErrorStartsAFreshWalkOnIt() {
        model.navigate(listed(AGENT), MainViewModel.Reason.PICK);
        model.guide().answer(Answer.NOT_RESOLVED);

        model.navigate(listed(VSS_WRITER), MainViewModel.Reason.PICK);

        assertSame(listed(VSS_WRITER), model.browse().selectedProperty().get(), "the list shows the error picked");
        assertTrue(model.guide().walk().isEmpty(), "nothing answered on the new error");
        assertEquals(0, model.guide().positionProperty().get());
    }

    @Test
    void aPickInTheListIsThePickReason() {
        model.browse().selectedProperty().set(listed(AGENT));
        assertSame(listed(AGENT), model.guide().entryProperty().get());
        model.guide().answer(Answer.NOT_RESOLVED);
        model.browse().selectedProperty().set(listed(VSS_WRITER));
        assertTrue(model.guide().walk().isEmpty());
        assertTrue(model.back(), "the pick was remembered for Back");
        assertSame(listed(AGENT), model.guide().entryProperty().get());
    }

    @Test
    void backReturnsToTheErrorBeforeWithItsWalkAndTheCauseOnScreen() {
        model.navigate(listed(AGENT), MainViewModel.Reason.PICK);
        model.guide().answer(Answer.NOT_RESOLVED);
        model.guide().answer(Answer.SKIPPED);
        Walk left = model.guide().walk();
        model.navigate(listed(VSS_WRITER), MainViewModel.Reason.PICK);
        model.viewProperty().set(MainViewModel.View.FLOWCHART);

        assertTrue(model.back());

        assertSame(listed(AGENT), model.browse().selectedProperty().get());
        assertEquals(left, model.guide().walk(), "the answers come back with their times");
        assertEquals(2, model.guide().positionProperty().get(), "at the third cause, where it was left");
        assertFalse(model.back(), "nothing before that");
    }

    @Test
    void aLanguageSwitchShowsTheSameWalkOnTheErrorInThatLanguage() {
        model.navigate(listed(AGENT), MainViewModel.Reason.PICK);
        model.guide().answer(Answer.NOT_RESOLVED);
        Walk walked = model.guide().walk();

        model.languageProperty().set(Locale.forLanguageTag("es"));

        ErrorEntry spanish = model.guide().entryProperty().get();
        assertEquals("es-ES", spanish.locale());
        assertSame(spanish, model.browse().selectedProperty().get());
        assertEquals(walked, model.guide().walk());
        assertEquals(1, model.guide().positionProperty().get(), "still on the second cause");
        model.languageProperty().set(Locale.ENGLISH);
        assertEquals("en-US", model.guide().entryProperty().get().locale());
        assertEquals(walked, model.guide().walk());
        model.viewProperty().set(MainViewModel.View.FLOWCHART);
        assertFalse(model.back(), "a switch of language is not a step Back returns through");
    }

    @Test
    void restoringAnIncidentShowsItsWalkAtTheNodeItWasOn() {
        model.navigate(listed(VSS_WRITER), MainViewModel.Reason.PICK);
        assertTrue(model.newIncident(new IncidentInfo("INC-1", "vm-1", "", "")));
        model.guide().answer(Answer.NOT_RESOLVED);
        Walk walked = model.guide().walk();
        String id = model.incidents().incidentProperty().get().id();
        model.incidents().close();
        model.navigate(listed(AGENT), MainViewModel.Reason.PICK);

        assertTrue(model.openIncident(id));

        assertSame(listed(VSS_WRITER), model.guide().entryProperty().get());
        assertEquals(walked.answers(), model.guide().walk().answers());
        assertEquals(1, model.guide().positionProperty().get());
    }

    @Test
    void pickingTheIncidentsErrorAgainShowsTheIncidentsWalk() {
        model.navigate(listed(VSS_WRITER), MainViewModel.Reason.PICK);
        assertTrue(model.newIncident(new IncidentInfo("INC-2", "vm-2", "", "")));
        model.guide().answer(Answer.NOT_RESOLVED);
        Walk walked = model.guide().walk();
        model.navigate(listed(AGENT), MainViewModel.Reason.PICK);
        model.guide().answer(Answer.RESOLVED);

        model.navigate(listed(VSS_WRITER), MainViewModel.Reason.PICK);

        assertEquals(walked.answers(), model.guide().walk().answers());
        assertEquals(walked.answers(), model.incidents().sessionProperty().get().incident().walk().answers(),
                "the answer on the other error did not go into the incident");
    }

    private ErrorEntry listed(String code) {
        return model.browse().entries().stream().filter(e -> e.codes().contains(code) && e.locale().equals("en-US"))
                .findFirst().orElseThrow();
    }
}
