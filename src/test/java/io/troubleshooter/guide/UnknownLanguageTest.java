package io.troubleshooter.guide;

import io.troubleshooter.SharedFolder;
import io.troubleshooter.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article in a language the reader has no words for still yields its entries, causes, steps and commands. */
class UnknownLanguageTest {

    @Test
    void labelsRepeatedAcrossSiblingSectionsAreReadByTheirPlace() {
        var entries = Read.withoutVocabulary("""
                # Vianmääritys
                ## Yleiset virheet
                ### VirheKoodiEnsimmäinen
                Virheilmoitus: Varmuuskopiointi epäonnistui, koska levyä ei löydy.

                Syy: Levy on poistettu tai siirretty.

                Toimenpide: Palauta levy ja suorita `az backup protection enable-for-vm --vm myVM`.

                ### VirheKoodiToinenOngelma
                Virheilmoitus: Käyttöoikeudet puuttuvat.

                Syy: Holvin identiteetillä ei ole roolia.

                Toimenpide: Anna holville lukijan rooli.
                """);
        assertEquals(2, entries.size());
        var first = entries.getFirst();
        assertEquals("Varmuuskopiointi epäonnistui, koska levyä ei löydy.", first.message());
        assertEquals(List.of("Levy on poistettu tai siirretty."), Read.causeTitles(first));
        assertEquals(List.of("az backup protection enable-for-vm --vm myVM"), Read.commands(first));
        assertEquals("Anna holville lukijan rooli.", entries.get(1).causes().getFirst().steps().getFirst().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ja-jp/changeworld__azure-docs.ja-jp__articles_backup_disk-backup-troubleshoot.md",
            "ja-jp/MicrosoftDocs__azure-docs.ja-jp__articles_site-recovery_vmware-azure-troubleshoot-push-install.md",
            "ja-jp/changeworld__azure-docs.ja-jp__articles_virtual-machines_troubleshooting_windows-azure-guest-agent.md",
            "ko-kr/zoonoo__azure-docs.ko-kr__articles_backup_disk-backup-troubleshoot.md",
            "ko-kr/zoonoo__azure-docs.ko-kr__articles_site-recovery_site-recovery-failover-to-azure-troubleshoot.md"})
    void japaneseAndKoreanArticlesReadWithEnglishWordsOnly(String file) {
        Path path = SharedFolder.require("corpus").resolve(file);
        var loaded = ContentLoader.loadDirectories(List.of(path));
        assertFalse(loaded.articles().isEmpty(), file);
        var extraction = EntryExtractor.extract(loaded.articles().getFirst(), Terms.shipped(Set.of("en")));
        var entries = extraction.entries();
        assertTrue(entries.size() >= 5, () -> file + ": " + entries.size() + " entries");
        long withCauseOrStep = entries.stream().filter(e -> e.causes().stream()
                .anyMatch(c -> c.title() != null || !c.steps().isEmpty())).count();
        assertEquals(entries.size(), withCauseOrStep, file + ": every entry has a cause or a step");
    }

    @Test
    void commandsOfAJapaneseArticleAreFoundWithoutItsWords() {
        Path path = SharedFolder.require("corpus").resolve(
                "ja-jp/changeworld__azure-docs.ja-jp__articles_virtual-machines_troubleshooting_windows-azure-guest-agent.md");
        var article = ContentLoader.loadDirectories(List.of(path)).articles().getFirst();
        var commands = EntryExtractor.extract(article, Terms.shipped(Set.of("en"))).entries().stream()
                .flatMap(e -> e.commands().stream()).map(Command::text).toList();
        assertTrue(commands.contains("net stop rdagent"), commands::toString);
        assertTrue(commands.contains("netsh interface ip show config"), commands::toString);
    }
}
