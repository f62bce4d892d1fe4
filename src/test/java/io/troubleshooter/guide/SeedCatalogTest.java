package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the shipped seed articles must give: codes, entries, causes in order, trees. */
class SeedCatalogTest {

    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.loadShipped();
    }

    static Article article(String version, String locale) {
        return catalog.articles().stream()
                .filter(a -> a.version().equals(version) && a.locale().equals(locale)).findFirst().orElseThrow();
    }

    static ErrorEntry entryWithCode(String code) {
        return catalog.entries().stream().filter(e -> e.codes().contains(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + code));
    }

    static Set<String> codes(Article article) {
        return catalog.entries(article).stream().flatMap(e -> e.codes().stream()).collect(Collectors.toSet());
    }

    /** The codes the 2018 article names after "Código de error", in its headings or in its error-code lines. */
    static final Set<String> CODES_2018 = Set.of("BackUpOperationFailed", "BackUpOperationFailedV2",
            "ExtensionSnapshotFailedNoNetwork", "ExtentionOperationFailedForManagedDisks",
            "GuestAgentSnapshotTaskStatusError", "UserErrorGuestAgentStatusUnavailable",
            "UserErrorKeyvaultPermissionsNotConfigured", "UserErrorRpCollectionLimitReached",
            "UserErrorStandardSSDNotSupported", "UserErrorUnsupportedDiskSize");

    /** The same in the 2021 article, where one heading may name several (COM, MDTC; 320001 and 400094). */
    static final Set<String> CODES_2021 = Set.of("AzureVmOffline", "BCMV2VMNotFound",
            "CopyingVHDsFromBackUpVaultTakingLongTime", "ExtensionConfigParsingFailure",
            "ExtensionFailedSnapshotLimitReachedError", "ExtensionFailedTimeoutVMNetworkUnresponsive",
            "ExtensionFailedVssServiceInBadState", "ExtensionFailedVssWriterInBadState", "ExtensionInstallationFailedCOM",
            "ExtensionInstallationFailedMDTC", "ExtensionSnapshotBitlockerError", "ExtensionSnapshotFailedCOM",
            "ExtensionSnapshotFailedNoSecureNetwork", "ExtensionStuckInDeletionState",
            "ExtensionVCRedistInstallationFailure", "ResourceNotFound", "UserErrorBCMPremiumStorageQuotaError",
            "UserErrorFsFreezeFailed", "UserErrorInstantRpNotFound", "UserErrorMarketPlaceVMNotSupported",
            "UserErrorRequestDisallowedByPolicy", "UserErrorSkuNotAvailable", "UserErrorVmNotInDesirableState",
            "VMRestorePointInternalError", "VmNotInDesirableState");

    @Test
    void everyCodeTheSeedsNameIsAnErrorAndNothingElseIs() {
        assertEquals(CODES_2018, codes(article("2018-10-30", "es-ES")));
        assertEquals(CODES_2021, codes(article("2021-06-02", "es-ES")));
        Set<String> all = catalog.entries().stream().flatMap(e -> e.codes().stream()).collect(Collectors.toSet());
        var named = new HashSet<>(CODES_2018);
        named.addAll(CODES_2021);
        assertEquals(named, all, "the older articles have message-only sections, no codes");
    }

    @Test
    void oneHeadingCanHoldSeveralCodesAndNumericIds() {
        assertEquals(List.of("ExtensionSnapshotFailedCOM", "ExtensionInstallationFailedCOM", "ExtensionInstallationFailedMDTC"),
                entryWithCode("ExtensionInstallationFailedMDTC").codes());
        ErrorEntry notFound = entryWithCode("ResourceNotFound");
        assertEquals(List.of("ResourceNotFound", "BCMV2VMNotFound"), notFound.codes());
        assertEquals(List.of("320001", "400094"), notFound.numericIds());
        assertEquals(List.of("BackUpOperationFailed", "BackUpOperationFailedV2"), entryWithCode("BackUpOperationFailedV2").codes());
        assertEquals(List.of("380008"), entryWithCode("AzureVmOffline").numericIds());
    }

    @Test
    void theTypoLineStillGivesItsCodeAndMessage() {
        ErrorEntry sku = entryWithCode("UserErrorSkuNotAvailable");
        assertEquals(List.of("UserErrorSkuNotAvailable"), sku.codes());
        assertTrue(sku.message().startsWith("No se pudo crear la máquina virtual"), sku.message());
    }

    @Test
    void everyEntryHasACauseOrAStep() {
        for (ErrorEntry e : catalog.entries()) {
            long steps = e.causes().stream().mapToLong(c -> c.allSteps().count()).sum();
            assertTrue(!e.causes().isEmpty() && (steps > 0 || e.causes().size() > 1),
                    () -> e.articlePath() + "#" + e.anchor() + " has no cause or step");
        }
    }

    @Test
    void messageOnlySectionsAreEntriesKeyedByAnchor() {
        Set<String> expected = Set.of("vm-agent-unable-to-communicate-with-azure-backup",
                "snapshot-operation-failed-due-to-no-network-connectivity-on-the-virtual-machine",
                "vmsnapshot-extension-operation-failed", "unable-to-perform-the-operation-as-the-vm-agent-is-not-responsive",
                "backup-failed-with-an-internal-error---please-retry-the-operation-in-a-few-minutes");
        for (String locale : List.of("es-ES", "en-US")) {
            Set<String> anchors = catalog.entries(article("2017-08-17", locale)).stream()
                    .filter(e -> e.codes().isEmpty()).map(ErrorEntry::anchor).collect(Collectors.toSet());
            assertEquals(expected, anchors, locale);
        }
        assertTrue(catalog.entries(article("2016-10-18", "es-ES")).stream().anyMatch(e -> e.anchor().equals("symptom")));
        ErrorEntry pt = catalog.entries(article("2017-06-13", "pt-BR")).stream()
                .filter(e -> e.anchor().equals("symptom")).findFirst().orElseThrow();
        assertEquals(2, pt.messages().size(), pt.messages()::toString);
        Set<String> tableRows = catalog.entries(article("2021-06-02", "es-ES")).stream().map(ErrorEntry::anchor)
                .filter(a -> a.startsWith("jobs-") || a.startsWith("common-errors-")).collect(Collectors.toSet());
        assertEquals(4 + 11, tableRows.size(), tableRows::toString);
    }

    @Test
    void causesFollowTheOrderTheArticleGivesForGuestAgentStatusUnavailable() {
        assertEquals(List.of("the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms",
                        "the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms",
                        "the-snapshot-status-cannot-be-retrieved-or-a-snapshot-cannot-be-taken",
                        "the-backup-extension-fails-to-update-or-load", "the-vm-has-no-internet-access"),
                entryWithCode("UserErrorGuestAgentStatusUnavailable").causes().stream().map(Cause::id).toList());
    }

    @Test
    void vssWriterEscalatesThroughItsThreeNumberedSteps() {
        ErrorEntry vss = entryWithCode("ExtensionFailedVssWriterInBadState");
        assertEquals(List.of(Cause.Kind.STAGE, Cause.Kind.STAGE, Cause.Kind.STAGE), vss.causes().stream().map(Cause::kind).toList());
        assertTrue(vss.causes().get(0).title().startsWith("Reinicie los VSS Writers"));
        assertEquals(List.of("vssadmin list writers", "net stop serviceName", "net start serviceName"),
                vss.causes().get(0).commands().stream().map(Command::text).toList());
        assertEquals(List.of("REG ADD \"HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys\" /v SnapshotWithoutThreads /t REG_SZ /d True /f"),
                vss.causes().get(1).commands().stream().map(Command::text).toList());
        assertTrue(vss.causes().get(2).title().contains("IOPS"));
    }

    @Test
    void theProductionWarningSitsOnTheServiceRestartCommands() {
        Step restart = entryWithCode("ExtensionFailedVssWriterInBadState").causes().getFirst().steps().stream()
                .filter(s -> s.commands().stream().anyMatch(c -> c.text().equals("net stop serviceName"))).findFirst().orElseThrow();
        assertEquals(1, restart.warnings().size());
    }

    @Test
    void seed001FindsItsFourCausesDespiteTheBrokenFence() {
        ErrorEntry symptom = catalog.entries(article("2016-10-18", "es-ES")).stream()
                .filter(e -> e.anchor().equals("symptom")).findFirst().orElseThrow();
        assertEquals(4, symptom.causes().size());
        assertTrue(symptom.causes().get(3).title().startsWith("The snapshots status cannot be retrieved"));
        assertTrue(symptom.commands().stream().anyMatch(c -> c.text().equals("service waagent start")));
        assertEquals(List.of("/var/lib/waagent/*.xml", "/var/log/waagent.log", "/var/log/azure/*"), symptom.logs());
    }

    @Test
    void seed000IsReadAsSpanishAndEnglishWithoutMixing() {
        Article es = article("2017-08-17", "es-ES");
        Article en = article("2017-08-17", "en-US");
        assertEquals("Solución de errores de Azure Backup: problemas con el agente o la extensión", es.title());
        assertEquals("Troubleshoot Azure Backup failure: Issues with agent and/or extension", en.title());
        String esText = text(es);
        String enText = text(en);
        assertFalse(esText.contains("After you register and schedule a VM"), "English in the Spanish version");
        assertFalse(enText.contains("Después de registrar y programar"), "Spanish in the English version");
        assertFalse(esText.contains("<span") || enText.contains("<span") || enText.contains("sxs-lookup"));
        assertEquals("Cause 1: The VM has no Internet access",
                en.section("cause-1-the-vm-has-no-internet-accessthe-vm-has-no-internet-access").orElseThrow().title());
        assertEquals("Causa 1: La máquina virtual no tiene acceso a Internet",
                es.section("cause-1-the-vm-has-no-internet-accessthe-vm-has-no-internet-access").orElseThrow().title());
    }

    private static String text(Article a) {
        var sb = new StringBuilder();
        ContentLint.walkInlines(a, (inline, line) -> {
            if (inline instanceof Inline.Text t) {
                sb.append(t.text()).append('\n');
            }
        });
        return sb.toString();
    }

    @Test
    void aCauseLinkedFromSeveralErrorsIsOneSharedCause() {
        Cause fromStatus = entryWithCode("UserErrorGuestAgentStatusUnavailable").causes().getLast();
        Cause fromNetwork = entryWithCode("ExtensionSnapshotFailedNoNetwork").causes().getLast();
        assertEquals("the-vm-has-no-internet-access", fromStatus.id());
        assertTrue(fromStatus == fromNetwork, "the same cause object");
    }

    @Test
    void treesStartAtTheErrorAndReachBothEnds() {
        for (ErrorEntry e : catalog.entries()) {
            DecisionTree tree = e.tree();
            assertEquals(DecisionTree.Kind.ERROR, tree.nodes().getFirst().kind());
            Set<String> reached = new HashSet<>();
            var todo = new ArrayDeque<String>(List.of(tree.nodes().getFirst().id()));
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (reached.add(id)) {
                    tree.outgoing(id).forEach(edge -> todo.push(edge.to()));
                }
            }
            assertEquals(tree.nodes().size(), reached.size(), () -> e.anchor() + ": unreachable nodes");
            assertTrue(reached.contains(DecisionTree.ESCALATE));
            assertTrue(reached.contains(DecisionTree.RESOLVED));
            assertEquals(tree.nodes().stream().map(DecisionTree.Node::id).distinct().count(), tree.nodes().size());
        }
    }

    @Test
    void nodeIdsAreTheSameInEveryLanguageOfAnArticle() {
        List<ErrorEntry> es = catalog.entries(article("2017-08-17", "es-ES"));
        List<ErrorEntry> en = catalog.entries(article("2017-08-17", "en-US"));
        assertEquals(es.size(), en.size());
        for (int i = 0; i < es.size(); i++) {
            assertEquals(es.get(i).tree().nodes().stream().map(DecisionTree.Node::id).toList(),
                    en.get(i).tree().nodes().stream().map(DecisionTree.Node::id).toList());
            assertEquals(es.get(i).key(), en.get(i).key());
        }
    }

    @Test
    void newestVersionPerLanguageComesFirstAndOlderOnesStayReachable() {
        Catalog.Group group = catalog.groupOf(catalog.entries(article("2017-08-17", "es-ES")).getFirst()).orElseThrow();
        assertEquals("es-ES", group.best("es-ES").orElseThrow().locale());
        assertEquals("en-US", group.best("en").orElseThrow().locale());
        assertEquals(2, group.versions().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "REG ADD \"HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys\" /v SnapshotWithoutThreads /t REG_SZ /d True /f",
            "REG ADD \"HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys\" /v SnapshotMethod /t REG_SZ /d firstHostThenGuest /f",
            "REG ADD \"HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys\" /v CalculateSnapshotTimeFromHost /t REG_SZ /d True /f",
            "net stop VSS", "net start VSS", "net stop serviceName", "net start serviceName", "msdtc -uninstall",
            "msdtc -install", "vssadmin list writers", "net start COMSysApp",
            "icacls %systemdrive%\\programdata\\microsoft\\crypto\\rsa\\machinekeys", "service walinuxagent start",
            "service waagent start", "ps -e", "MSIEXEC /UNREGISTER", "MSIEXEC /REGISTER",
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\MICROSOFT\\BCDRAGENT]\n\"USEVSSCOPYBACKUP\"=\"TRUE\""})
    void everyCommandTheArticlesGiveIsFoundExactly(String text) {
        assertTrue(catalog.entries().stream().flatMap(e -> e.commands().stream()).anyMatch(c -> c.text().equals(text)),
                () -> "missing: " + text);
    }

    @Test
    void commandsKnowTheirShellPlaceholdersAndWhetherTheyChangeState() {
        Command restart = command("net stop serviceName");
        assertEquals(Command.Shell.CMD, restart.shell());
        assertEquals(List.of("serviceName"), restart.placeholders().stream().map(Command.Placeholder::name).toList());
        assertTrue(restart.changesState());
        assertFalse(command("vssadmin list writers").changesState());
        Command icacls = command("icacls %systemdrive%\\programdata\\microsoft\\crypto\\rsa\\machinekeys");
        assertTrue(icacls.placeholders().getFirst().environment(), "%systemdrive% is expanded by cmd, not filled in");
        assertEquals(Command.Shell.BASH, command("service waagent start").shell());
        assertEquals(Command.Shell.REGISTRY, catalog.entries().stream().flatMap(e -> e.commands().stream())
                .filter(c -> c.text().contains("USEVSSCOPYBACKUP")).findFirst().orElseThrow().shell());
        Command name = command("AzureBackupRG_<Geo>_<number>");
        assertEquals(List.of("Geo", "number"), name.placeholders().stream().map(Command.Placeholder::name).toList());
        assertEquals("AzureBackupRG_northeurope_1", name.fill(Map.of("Geo", "northeurope", "number", "1")));
        assertEquals(Command.Source.BOLD, command("MSIEXEC /REGISTER").source());
    }

    private static Command command(String text) {
        return catalog.entries().stream().flatMap(e -> e.commands().stream()).filter(c -> c.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("missing " + text));
    }
}
