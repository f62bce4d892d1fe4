package io.troubleshooter.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One thing, one name, in each language of the window: a word the UI settled against does not come back in
 * another message. Each banned word says which word names the thing instead, and why.
 */
class OneWordPerThingTest {

    /** A word that names something the UI names otherwise. */
    record Banned(String pattern, String instead, String why) {

        Pattern regex() {
            return Pattern.compile("(?iu)(?<![\\p{L}])" + pattern + "(?![\\p{L}])");
        }
    }

    private static final Map<String, List<Banned>> BANNED = Map.of(
            "messages", List.of(
                    new Banned("fix(ed|es)?", "resolved",
                            "the answer a cause gets is Resolved, and the end, the report and the list say so"),
                    new Banned("chart", "flowchart", "the view is the Flowchart"),
                    new Banned("pictures?", "image", "the article's images and the exported PNG are one kind"),
                    new Banned("entr(y|ies)", "error", "the list, the search and the incident speak of errors"),
                    new Banned("content", "article", "what is read, shown and versioned is an article"),
                    new Banned("cases?", "incident", "the work on an error is an incident"),
                    new Banned("tasks?", "step", "what the article asks to do is a step")),
            "messages_es", List.of(
                    new Banned("incidencias?", "ticket",
                            "«incidencia» reads as the incident itself; the customer's reference is a ticket"),
                    new Banned("arreglad[oa]s?|corregid[oa]s?|solucionad[oa]s?", "resuelto",
                            "the answer a cause gets is Resuelto"),
                    new Banned("contenidos?", "artículo", "what is read, shown and versioned is an article"),
                    new Banned("entradas?", "error", "the list, the search and the incident speak of errors"),
                    new Banned("gráficos?|flujogramas?", "diagrama", "the view is the Diagrama"),
                    new Banned("fuentes?", "origen", "where articles come from is an origen"),
                    new Banned("etapas?", "paso", "the article's numbered stages and steps are pasos"),
                    new Banned("casos?", "incidente", "the work on an error is an incidente")),
            "messages_pt_BR", List.of(
                    new Banned("tickets?|ocorrências?", "chamado", "the customer's reference is a chamado"),
                    new Banned("corrigid[oa]s?|consertad[oa]s?|solucionad[oa]s?", "resolvido",
                            "the answer a cause gets is Resolvido"),
                    new Banned("conteúdos?", "artigo", "what is read, shown and versioned is an article"),
                    new Banned("entradas?", "erro", "the list, the search and the incident speak of errors"),
                    new Banned("gráficos?|diagramas?", "fluxograma", "the view is the Fluxograma"),
                    new Banned("fontes?", "origem", "where articles come from is an origem"),
                    new Banned("passos?", "etapa", "the article's numbered stages and steps are etapas"),
                    new Banned("figuras?", "imagem", "the article's images and the exported PNG are one kind"),
                    new Banned("checklists?", "lista de verificação", "the incident's list is a lista de verificação"),
                    new Banned("casos?", "incidente", "the work on an error is an incidente")));

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_es", "messages_pt_BR"})
    void noMessageUsesAWordTheUiSettledAgainst(String bundle) throws IOException {
        Properties messages = load(bundle);
        var found = new ArrayList<String>();
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            String value = messages.getProperty(key);
            for (Banned banned : BANNED.get(bundle)) {
                var m = banned.regex().matcher(value);
                if (m.find()) {
                    found.add(key + ": \u201c" + m.group() + "\u201d, say \u201c" + banned.instead() + "\u201d: "
                            + banned.why());
                }
            }
        }
        assertTrue(found.isEmpty(), bundle + ":\n" + String.join("\n", found));
    }

    @Test
    void theGuardCatchesASynonymCreepingBack() {
        var fixed = BANNED.get("messages").getFirst().regex();
        assertTrue(fixed.matcher("Fixed by cause 2: the agent").find());
        assertFalse(fixed.matcher("Prefixed by the shell").find(), "a word inside another is not the word");
        var ticket = BANNED.get("messages_es").getFirst().regex();
        assertTrue(ticket.matcher("Filtrar por incidencia, VM").find());
        assertEquals(3, BANNED.size(), "a list for each language of the window");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = OneWordPerThingTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertNotNull(in, "i18n/" + name + ".properties is on the classpath");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
