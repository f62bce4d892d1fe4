package io.troubleshooter.search;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.BackupArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an engineer types into the error list over the test articles, and the entry that must come first. */
class SearchIndexTest {

    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(BackupArticles.catalog().entries());
    }

    static ErrorEntry top(String query) {
        List<SearchIndex.Hit> hits = index.search(query, 10);
        assertFalse(hits.isEmpty(), () -> "nothing found for " + query);
        return hits.getFirst().entry();
    }

    static void assertTopCode(String code, String query) {
        ErrorEntry top = top(query);
        assertTrue(top.codes().contains(code), () -> query + " gave " + top.codes() + " " + top.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extensionfailedvsswriterinbadstate", "EXTENSIONFAILEDVSSWRITERINBADSTATE",
            "ExtensionFailedVssWriterInBadState", "  ExtensionFailedVssWriterInBadState. "})
    void bareCodeInAnyCaseFindsItsEntryFirst(String query) {
        assertTopCode("ExtensionFailedVssWriterInBadState", query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ExtentionOperationFailed", "ExtensionOperationFailed",
            "ExtensionOperationFailedForManagedDisks"})
    void codeTypedWithOrWithoutTheArticlesMisspellingFindsTheManagedDisksEntry(String query) {
        assertTopCode("ExtentionOperationFailedForManagedDisks", query);
    }

    @Test
    void codeWithAMissingLetterFindsTheKeyVaultPermissionsEntry() {
        assertTopCode("UserErrorKeyvaultPermissionsNotConfigured", "UserErrorKeyvaultPermissionNotConfigured");
    }

    @Test
    void codeWithTwoTyposIsStillFoundByItsCorrectParts() {
        assertTopCode("UserErrorKeyvaultPermissionsNotConfigured", "UserErorKeyvaultPermisionNotConfigured");
    }

    @Test
    void fragmentOfACodePutsTheCodesContainingItFirst() {
        List<SearchIndex.Hit> hits = index.search("vsswriter", 10);
        assertTopCode("ExtensionFailedVssWriterInBadState", "vsswriter");
        boolean containing = true;
        for (SearchIndex.Hit hit : hits) {
            boolean contains = hit.entry().codes().stream()
                    .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("vsswriter"));
            assertTrue(containing || !contains, "a VssWriter code after one without it");
            containing = contains;
        }
    }

    @Test
    void exactCodeComesBeforeCodesThatMerelyContainIt() {
        List<SearchIndex.Hit> hits = index.search("VmNotInDesirableState", 10);
        assertEquals(List.of("VmNotInDesirableState"), hits.get(0).entry().codes());
        assertEquals(List.of("UserErrorVmNotInDesirableState"), hits.get(1).entry().codes());
    }

    @ParameterizedTest
    @CsvSource({"320001, ResourceNotFound", "400094, ResourceNotFound", "380008, AzureVmOffline",
            "3200, ResourceNotFound"})
    void numericIdOrItsBeginningFindsItsEntry(String id, String code) {
        assertTopCode(code, id);
    }

    @Test
    void pastedSpanishPortalMessageFindsItsErrorFirst() {
        assertTopCode("GuestAgentSnapshotTaskStatusError",
                "No se pudo comunicar con el agente de máquina virtual para el estado de la instantánea");
    }

    @Test
    void theOlderArticlesLongerSpanishMessageFindsItsSymptom() {
        ErrorEntry top = top("No se pudo comunicar con el agente de máquina virtual para el estado de la instantánea: "
                + "la subtarea de la máquina virtual de la instantánea agotó el tiempo de espera.");
        assertEquals("2016-10-18", top.articleVersion());
        assertEquals("symptom", top.anchor());
    }

    @Test
    void pastedPortugueseMessageFindsThePortugueseEntry() {
        ErrorEntry top = top("Não foi possível comunicar o agente da VM com o Serviço de Backup do Azure");
        assertEquals("pt-BR", top.locale());
        assertEquals("symptom", top.anchor());
    }

    @Test
    void pastedEnglishMessageFindsTheEnglishEntryRatherThanItsSpanishTranslation() {
        ErrorEntry top = top("Snapshot operation failed due to no network connectivity on the virtual machine");
        assertEquals("en-US", top.locale());
        assertEquals("snapshot-operation-failed-due-to-no-network-connectivity-on-the-virtual-machine", top.anchor());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Error: VM Agent unable to communicate with Azure Backup (code 400)|en-US|VM Agent unable to communicate",
            "falha: não foi possível comunicar o agente da VM com o serviço de backup|pt-BR|Não foi possível comunicar",
            "el agente de máquina virtual no se puede comunicar|es-ES|El agente de máquina virtual no se puede"})
    void partOfAMessageAmongOtherWordsStillFindsTheEntryInItsLanguage(String query, String locale, String message) {
        ErrorEntry top = top(query);
        assertEquals(locale, top.locale(), top::message);
        assertTrue(top.message().startsWith(message), top::message);
    }

    @Test
    void accentsAreOptional() {
        assertEquals(index.search("máquina virtual instantánea", 20), index.search("maquina virtual instantanea", 20));
        assertFalse(index.search("maquina virtual instantanea", 20).isEmpty());
        assertTopCode("GuestAgentSnapshotTaskStatusError",
                "No se pudo comunicar con el agente de maquina virtual para el estado de la instantanea");
        String unaccented = "Nao foi possivel comunicar o agente da VM com o Servico de Backup do Azure";
        assertEquals("pt-BR", top(unaccented).locale());
    }

    @Test
    void typingAWordOfProseFindsEntriesThatUseIt() {
        ErrorEntry top = top("BitLocker");
        assertTrue(top.codes().contains("ExtensionSnapshotBitlockerError"), top::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankQueryFindsNothingSoTheListShowsEverything(String query) {
        assertEquals(List.of(), index.search(query, 10));
    }

    @Test
    void hitsAreBestFirstAndNeverMoreThanTheLimit() {
        List<SearchIndex.Hit> hits = index.search("máquina virtual", 5);
        assertEquals(5, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
    }
}
