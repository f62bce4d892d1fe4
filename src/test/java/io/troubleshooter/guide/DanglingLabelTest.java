package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A label alone on its line ("Solution:", "Solución:") says where a part begins; it is no step and no prose. */
class DanglingLabelTest {

    @Test
    void aSolucionLabelAloneInsideANumberedStageIsNoStepAndNoProse() {
        var e = Read.entries("""
                # T
                ### ExtensionFailedVssWriterInBadState: La operación de instantánea falló

                Código de error: ExtensionFailedVssWriterInBadState <br/>
                Mensaje de error: La operación de instantánea falló porque VSS Writer tenía un estado incorrecto.

                Paso 1: Reinicie los escritores de VSS.

                Paso 2: Si eso no lo resolvió, el tiempo de espera podría agotarse por IOPS limitadas.<br>

                Para comprobarlo, busque el mensaje de error en el Visor de eventos.

                Solución:

                * Distribuya la carga entre los discos de la máquina virtual.
                * Cambie la directiva de copia de seguridad a horas de menor actividad.
                """).getFirst();
        var texts = new ArrayList<String>();
        for (Cause cause : e.causes()) {
            texts.add(cause.title());
            cause.intro().forEach(b -> texts.add(b instanceof Block.Paragraph p ? p.text() : ""));
            cause.allSteps().forEach(s -> texts.add(s.title()));
        }

        assertFalse(texts.stream().anyMatch(t -> t != null && t.strip().startsWith("Solución")), texts.toString());
        assertTrue(texts.contains("Distribuya la carga entre los discos de la máquina virtual."), texts.toString());
    }

    @Test
    void aSolutionLabelStandingAloneBeforeTheStepsIsNotShown() {
        var e = Read.entries("""
                # T
                ## UserErrorVmNotFound - The virtual machine doesn't exist

                Error code: UserErrorVmNotFound

                Error message: The virtual machine doesn't exist.

                Cause: The VM was deleted.

                **Solution:**

                Stop protection of the VM and delete its backup data.

                Then configure backup again for the new VM.
                """).getFirst();
        Cause cause = e.causes().getFirst();
        var titles = cause.allSteps().map(Step::title).toList();
        var prose = cause.intro().stream().map(b -> b instanceof Block.Paragraph p
                ? p.text() : "").toList();

        assertFalse(titles.stream().anyMatch(t -> t.strip().startsWith("Solution")), titles.toString());
        assertFalse(prose.stream().anyMatch(t -> t.strip().startsWith("Solution")), prose.toString());
        assertEquals(List.of("Stop protection of the VM and delete its backup data.",
                "Then configure backup again for the new VM."), titles);
    }
}
