package io.troubleshooter.ui;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.BackupArticles;
import io.troubleshooter.ui.guide.GuideViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Switching the language with an error half walked: every word changes, the content follows, nothing is lost. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    static final String VM_AGENT = "vm-agent-unable-to-communicate-with-azure-backup";
    static Catalog catalog;
    @TempDir
    static Path data;
    MainViewModel model;
    Stage stage;

    @BeforeAll
    static void load() {
        catalog = BackupArticles.catalog();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = PlainWindow.show(stage, data.resolve("settings-" + System.nanoTime() + ".properties"), catalog,
                url -> { }).model();
    }

    @Test
    void enToEsToPtToEnChangesEveryWordAndKeepsTheWalk(FxRobot robot) throws IOException {
        ErrorEntry english = entry("en-US");
        robot.interact(() -> model.browse().selectedProperty().set(english));
        robot.clickOn("#answer-next");
        var step = english.causes().get(1).steps().getFirst();
        robot.interact(() -> model.guide().setDone(step, true));
        var walked = Map.copyOf(model.guide().answers());
        var done = Set.copyOf(model.guide().done());
        assertEquals("Cause 2 of 5", kicker(robot));

        switchTo(robot, "es", "messages");
        ErrorEntry spanish = model.browse().selectedProperty().get();
        assertEquals("es-ES", spanish.locale());
        assertEquals(spanish.message(), message(robot), "the heading is the Spanish article's");
        assertEquals("Causa 2 de 5", kicker(robot));
        assertState(walked, done, 1);
        assertFalse(badge(robot).isVisible(), "Spanish exists, no badge");
        assertEquals("es-ES", model.articleProperty().get().locale(), "the Article view shows the Spanish text too");

        switchTo(robot, "pt-BR", "messages_es");
        assertEquals("es-ES", model.browse().selectedProperty().get().locale(), "no Portuguese version: stays");
        assertTrue(badge(robot).isVisible(), "the badge says the content is not in Portuguese");
        assertTrue(badge(robot).getText().contains("português"), badge(robot).getText());
        assertEquals("Causa 2 de 5", kicker(robot), "the Guide speaks Portuguese, the cause stays Spanish");
        assertState(walked, done, 1);

        switchTo(robot, "en", "messages_pt_BR");
        assertEquals("en-US", model.browse().selectedProperty().get().locale());
        assertEquals(english.message(), message(robot));
        assertEquals("en-US", model.articleProperty().get().locale());
        assertEquals("Cause 2 of 5", kicker(robot));
        assertState(walked, done, 1);
        assertFalse(badge(robot).isVisible());
    }

    @Test
    void theEnglishOriginalShowsBesideEachTranslatedParagraph(FxRobot robot) {
        robot.interact(() -> model.languageProperty().set(Locale.forLanguageTag("es")));
        robot.interact(() -> model.browse().selectedProperty().set(entry("es-ES")));
        robot.clickOn("#tab-article");
        assertTrue(robot.lookup(".md-original").queryAll().isEmpty(), "off until asked for");

        robot.clickOn("#article-original");
        WaitForAsyncUtils.waitForFxEvents();

        var originals = robot.lookup(".md-original").queryAll();
        assertFalse(originals.isEmpty());
        var texts = new ArrayList<String>();
        originals.forEach(n -> visibleTexts(n, texts));
        String english = String.join(" ", texts);
        assertTrue(english.contains("VM agent") || english.contains("virtual machine"), english);
        robot.clickOn("#article-original");
        assertTrue(robot.lookup(".md-original").queryAll().isEmpty(), "off again");
    }

    @Test
    void anArticleWithoutAnOriginalOffersNoToggle(FxRobot robot) {
        var vss = catalog.entries().stream().filter(e -> e.codes().contains("ExtensionFailedVssWriterInBadState"))
                .findFirst().orElseThrow();
        robot.interact(() -> model.browse().selectedProperty().set(vss));
        robot.clickOn("#tab-article");
        assertFalse(robot.lookup("#article-original").queryAs(Node.class).isVisible());
    }

    @Test
    void theChoiceIsRememberedAndTheTabsFollowIt(FxRobot robot) {
        robot.interact(() -> model.languageProperty().set(Locale.forLanguageTag("pt-BR")));
        assertEquals("pt-BR", model.settings().language().get());
        assertTrue(stage.getScene().getRoot().lookupAll(".tab-label").stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText().equals("Fluxograma")));
    }

    private void switchTo(FxRobot robot, String tag, String previousBundle) throws IOException {
        robot.clickOn("#language-menu");
        robot.clickOn(robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().equals("language-" + tag)).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Locale.forLanguageTag(tag), model.languageProperty().get());
        Set<String> stale = onlyIn(previousBundle, bundleFor(tag));
        List<String> left = new ArrayList<>();
        visibleTexts(stage.getScene().getRoot(), left);
        left.retainAll(stale);
        assertTrue(left.isEmpty(), "still in the previous language after switching to " + tag + ": " + left);
    }

    private void assertState(Map<String, Answer> walked, Set<String> done, int position) {
        assertEquals(walked, Map.copyOf(model.guide().answers()));
        assertEquals(done, Set.copyOf(model.guide().done()));
        assertEquals(position, model.guide().positionProperty().get());
    }

    static ErrorEntry entry(String locale) {
        return catalog.entries().stream().filter(e -> e.anchor().equals(VM_AGENT) && e.locale().equals(locale))
                .findFirst().orElseThrow();
    }

    static String kicker(FxRobot robot) {
        return robot.lookup(".cause-kicker").queryAs(Label.class).getText();
    }

    static String message(FxRobot robot) {
        return robot.lookup("#entry-message").queryAs(Label.class).getText();
    }

    static Label badge(FxRobot robot) {
        return robot.lookup("#content-language-badge").queryAs(Label.class);
    }

    private static String bundleFor(String tag) {
        return switch (tag) {
            case "es" -> "messages_es";
            case "pt-BR" -> "messages_pt_BR";
            default -> "messages";
        };
    }

    /** Fixed words of the previous language that the new one does not also use. */
    private static Set<String> onlyIn(String previous, String now) throws IOException {
        Properties before = bundle(previous);
        var current = new HashSet<String>();
        bundle(now).forEach((k, v) -> current.add((String) v));
        var stale = new HashSet<String>();
        before.forEach((k, v) -> {
            String text = (String) v;
            if (!text.contains("{") && text.length() > 3 && !current.contains(text)) {
                stale.add(text);
            }
        });
        return stale;
    }

    private static Properties bundle(String name) throws IOException {
        var p = new Properties();
        try (var in = LanguageSwitchTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertNotNull(in);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static void visibleTexts(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        switch (node) {
            case Labeled l when l.getText() != null -> out.add(l.getText());
            case Text t when t.getText() != null -> out.add(t.getText());
            case TextInputControl t when t.getPromptText() != null -> out.add(t.getPromptText());
            default -> { }
        }
        if (node instanceof Labeled l && l.getTooltip() != null && l.getTooltip().getText() != null) {
            out.add(l.getTooltip().getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visibleTexts(child, out);
            }
        }
    }
}
