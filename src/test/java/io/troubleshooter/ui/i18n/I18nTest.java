package io.troubleshooter.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The words of the UI, and what happens when one is missing from the bundles. */
class I18nTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger(I18n.class.getName());

    @BeforeEach
    void listen() {
        logger.addHandler(collect);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(collect);
    }

    @Test
    void aMissingKeyIsShownAsTheKeyAndLoggedOnce() {
        var i18n = new I18n(Locale.ENGLISH);
        var label = i18n.text("top.no.such.key");

        String first = i18n.get("top.no.such.key");
        i18n.localeProperty().set(Locale.forLanguageTag("es"));
        String afterSwitch = label.get();
        String again = new I18n(Locale.forLanguageTag("pt-BR")).get("top.no.such.key");

        assertEquals("top.no.such.key", first);
        assertEquals("top.no.such.key", afterSwitch);
        assertEquals("top.no.such.key", again);
        assertEquals(1, logged.size(), () -> "logged " + logged.stream().map(LogRecord::getMessage).toList());
        assertEquals(Level.WARNING, logged.getFirst().getLevel());
        assertTrue(logged.getFirst().getMessage().contains("\"top.no.such.key\""), logged.getFirst().getMessage());
    }

    @Test
    void aKnownKeyIsInTheUisLanguageAndLogsNothing() {
        var spanish = new I18n(Locale.forLanguageTag("es"));

        assertEquals("Copiar diagnóstico", spanish.get("top.diagnostics.copy"));
        assertEquals("Copy diagnostics", I18n.english().get("top.diagnostics.copy"));
        assertTrue(logged.isEmpty());
    }

    @Test
    void aContentLanguageTheUiHasNoWordForIsNamedInTheUisLanguageNotByItsKey() {
        var spanish = new I18n(Locale.forLanguageTag("es"));

        assertEquals("Japanese (Japan)", I18n.english().languageName("ja-JP"));
        assertEquals("japonés (Japón)", spanish.languageName("ja-JP"));
        assertEquals("Spanish", I18n.english().languageName("es-ES"), "the bundle's own word first");
        assertTrue(logged.isEmpty(), "no missing key is asked for");
    }
}
