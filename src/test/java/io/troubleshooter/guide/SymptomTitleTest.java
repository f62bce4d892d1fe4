package io.troubleshooter.guide;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An error with no code is titled by its message, not by the word of the section it stands under. */
class SymptomTitleTest {

    @Test
    void aSymptomWithoutACodeIsTitledByItsMessage() {
        var e = Read.entries("""
                # Backups stay in progress
                ## Sintoma
                O seguinte erro aparece:
                > O trabalho de backup continua em andamento por mais de um dia.
                ## Causa
                O agente está desatualizado.
                ## Resolução
                1. Atualize o agente.
                """).getFirst();
        assertTrue(e.codes().isEmpty(), e.codes().toString());
        assertEquals("O trabalho de backup continua em andamento por mais de um dia.", e.title());
    }

    @Test
    void aSymptomWithACodeKeepsItsTitle() {
        var e = Read.entries("""
                # Versions do not match
                ## Symptoms
                > Azure Backup service version and agent do not match (0x1FBD3).
                ## Cause
                The agent is outdated.
                ## Resolution
                1. Run `net stop obengine`.
                """).getFirst();
        assertEquals(List.of("0x1FBD3"), e.codes());
        assertEquals("Symptoms", e.title());
    }
}
