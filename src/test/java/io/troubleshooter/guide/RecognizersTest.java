package io.troubleshooter.guide;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each shape of error section real articles use, read from a few lines of its own. */
class RecognizersTest {

    @Test
    void codeHeadingWithPlainLabelLines() {
        var e = Read.entries("""
                # T
                ## Common issues
                ### Error Code: UserErrorSnapshotRGNotFound

                Error Message: Could not perform the operation as the resource group does not exist.

                Recommended Action: Create the resource group and provide the permissions.
                """).getFirst();
        assertEquals(List.of("UserErrorSnapshotRGNotFound"), e.codes());
        assertEquals("Could not perform the operation as the resource group does not exist.", e.message());
        assertEquals(1, e.causes().size());
        assertTrue(e.causes().getFirst().steps().getFirst().title().startsWith("Create the resource group"));
    }

    @Test
    void boldLabelsGiveCodeInnerCodeCauseAndAction() {
        var e = Read.entries("""
                # T
                ### MySQLFlexOperationFailedUserError
                **Error code**: `MySQLFlexOperationFailedUserError`

                **Inner error code**: `AuthorizationFailed`

                **Cause**: Required permissions aren't present to perform the backup operation.

                **Recommended action**: Assign the appropriate permissions.
                """).getFirst();
        assertEquals(List.of("MySQLFlexOperationFailedUserError", "AuthorizationFailed"), e.codes());
        assertEquals(List.of("Required permissions aren't present to perform the backup operation."), Read.causeTitles(e));
        assertEquals("Assign the appropriate permissions.", e.causes().getFirst().steps().getFirst().title());
    }

    @Test
    void codeDashMessageHeading() {
        var e = Read.entries("""
                # T
                ### AFSMaxSnapshotReached- You have reached the max limit of snapshots

                Delete the on-demand backups.
                """).getFirst();
        assertEquals(List.of("AFSMaxSnapshotReached"), e.codes());
        assertEquals("You have reached the max limit of snapshots", e.message());
    }

    @Test
    void headingThatOnlyGroupsCodedSubHeadingsIsNoEntry() {
        var entries = Read.entries("""
                # T
                ## Login failures (ErrorID: 95519, 95520)
                ### Account disabled (ErrorID: 95519)
                The account is disabled. Enable it.
                ### Account locked (ErrorID: 95520)
                The account is locked. Unlock it.
                """);
        assertEquals(List.of(List.of("95519"), List.of("95520")), entries.stream().map(ErrorEntry::numericIds).toList());
    }

    @Test
    void scenarioWithMessageInACodeBlockCauseAndNumberedResolution() {
        var e = Read.entries("""
                # T
                ### Scenario 1
                **Error message**:
                   ```Error
                   BackupStorageLocation "default" is unavailable
                   ```
                **Cause**: The pods aren't spawning because compute isn't available.

                **Resolution**: Increase the number of nodes.
                1. Open the cluster.
                1. Run the command:
                   ```azurecli-interactive
                   kubectl get pods -n dataprotection-microsoft
                   ```
                """).getFirst();
        assertEquals("BackupStorageLocation \"default\" is unavailable", e.message());
        assertEquals(List.of("The pods aren't spawning because compute isn't available."), Read.causeTitles(e));
        assertEquals(List.of("kubectl get pods -n dataprotection-microsoft"), Read.commands(e));
    }

    @Test
    void quotedMessageHeadingWithPossibleCause() {
        var e = Read.entries("""
                # T
                ## Common error messages
                ### "Exception caught while connecting to target"
                **Possible cause**: The script is unable to access the recovery point.

                **Recommended action**: Follow the steps below.
                """);
        assertEquals(1, e.size());
        assertEquals("Exception caught while connecting to target", e.getFirst().message());
        assertEquals(List.of("The script is unable to access the recovery point."), Read.causeTitles(e.getFirst()));
    }

    @Test
    void errorQuotedInTheFirstParagraph() {
        var e = Read.entries("""
                # T
                ### You can't copy the files
                The copy might fail with the error "0x80070780: The file cannot be accessed by the system."

                Check if the source server has deduplication enabled.
                """).getFirst();
        assertEquals(List.of("0x80070780"), e.codes());
        assertTrue(e.message().startsWith("0x80070780: The file cannot"));
    }

    @Test
    void numberedSubSectionsAreStagesOfOneError() {
        var e = Read.entries("""
                # T
                ## VM agent in Not Ready status
                ### Step 1 Check the service is installed
                Open services.msc.
                ### Step 2 Check auto-update works
                Reinstall the agent.
                """).getFirst();
        assertEquals(List.of(Cause.Kind.STAGE, Cause.Kind.STAGE), e.causes().stream().map(Cause::kind).toList());
        assertEquals(List.of("step-1-check-the-service-is-installed", "step-2-check-auto-update-works"),
                e.causes().stream().map(Cause::id).toList());
    }

    @Test
    void symptomsCauseAndResolutionOfAKnowledgeBaseArticle() {
        var entries = Read.entries("""
                # Versions do not match
                ## Symptoms
                The following error appears:
                > Azure Backup service version and agent do not match (0x1FBD3).
                ## Cause
                This issue occurs because the agent is outdated.
                ## Resolution
                1. Run `net stop obengine`.
                1. Run `net start obengine`.
                """);
        assertEquals(1, entries.size());
        var e = entries.getFirst();
        assertEquals(List.of("0x1FBD3"), e.codes());
        assertEquals(List.of("This issue occurs because the agent is outdated."), Read.causeTitles(e));
        assertEquals(List.of("net stop obengine", "net start obengine"), Read.commands(e));
    }

    @Test
    void reasonBulletsAreCausesInOrder() {
        var e = Read.entries("""
                # T
                ## Failover failed with Error ID 28031
                It could happen because of one of the following reasons:

                * There isn't sufficient quota: check Usage + quotas.
                * There's a policy that prevents creation of a virtual machine. Change the policy.
                """).getFirst();
        assertEquals(List.of("There isn't sufficient quota", "There's a policy that prevents creation of a virtual machine."),
                Read.causeTitles(e));
    }

    @Test
    void tableWithACodeColumnGivesAnEntryPerRowAndRangesGiveBothEnds() {
        var entries = Read.entries("""
                # T
                ## Agent error codes
                | Error code | Description | Probable cause | Suggested remediation |
                |------------|-------------|----------------|-----------------------|
                | AZCM0011 | Control C Pressed | The user canceled the action | Retry the previous command |
                | AZCM0147-<br>AZCM0152 | - | An error occurred while installing | Review the error message. |
                """);
        assertEquals(List.of(List.of("AZCM0011"), List.of("AZCM0147", "AZCM0152")),
                entries.stream().map(ErrorEntry::codes).toList());
        assertEquals("Control C Pressed", entries.getFirst().message());
        assertEquals(List.of("The user canceled the action"), Read.causeTitles(entries.getFirst()));
    }

    @Test
    void rowsThatShareAMessageAreCausesOfOneError() {
        var entries = Read.entries("""
                # T
                ## Agent connection issues
                |Message |Error |Probable cause |Solution |
                |--------|------|---------------|---------|
                |Failed to acquire token |`Post failed` |Cannot reach the endpoint |Open the firewall |
                |Failed to acquire token |`Forbidden` |Proxy is blocking access |Allow the proxy |
                |Get ARM Resource Response |`Denied` |Wrong credentials |Check the role |
                """);
        assertEquals(2, entries.size());
        assertEquals(List.of("Cannot reach the endpoint", "Proxy is blocking access"), Read.causeTitles(entries.getFirst()));
    }

    @Test
    void symptomCauseSolutionTableWithoutTrailingPipes() {
        var entries = Read.entries("""
                # T
                ## Problemas
                Síntoma | Causa | Solución
                -- | -- | --
                No se puede registrar el servidor | El almacén no existe | Cree el almacén
                """);
        assertEquals(1, entries.size());
        assertEquals("No se puede registrar el servidor", entries.getFirst().message());
        assertEquals(List.of("El almacén no existe"), Read.causeTitles(entries.getFirst()));
    }

    @Test
    void verticalKeyValueTableWithoutLeadingPipes() {
        var e = Read.entries("""
                # T
                ### UserErrorGuestAgentStatusUnavailable
                Error message | The VM agent is unable to communicate with Azure Backup
                -- | --
                Possible causes | The VM agent is stopped
                Recommended action | Restart the agent service
                """).getFirst();
        assertEquals("The VM agent is unable to communicate with Azure Backup", e.message());
        assertEquals(List.of("The VM agent is stopped"), Read.causeTitles(e));
        assertEquals("Restart the agent service", e.causes().getFirst().steps().getFirst().title());
    }

    @Test
    void horizontalRoleTableUnderACodeHeadingGivesOneCausePerRow() {
        var e = Read.entries("""
                # T
                ## ExtensionSnapshotFailedNoNetwork
                | Error message | Possible causes | Recommended action |
                | --- | --- | --- |
                | Snapshot failed: no network | The VM has no internet access | Allow the storage endpoints |
                | Snapshot failed: no network | A proxy blocks the extension | Bypass the proxy |
                """);
        assertEquals(1, e.size());
        assertEquals("Snapshot failed: no network", e.getFirst().message());
        assertEquals(List.of("The VM has no internet access", "A proxy blocks the extension"), Read.causeTitles(e.getFirst()));
    }

    @Test
    void conditionalBulletsAreCauses() {
        var e = Read.entries("""
                # T
                ## GuestAgentSnapshotTaskStatusError: Could not communicate with the VM agent
                Check the following:

                - If the agent isn't running, start the service.
                - If the agent is outdated, update it.
                """).getFirst();
        assertEquals(2, e.causes().size());
        assertTrue(e.causes().getFirst().title().startsWith("If the agent isn't running"));
    }

    @Test
    void causesListedAsLinksToTheSectionsThatExplainThem() {
        var entries = Read.entries("""
                # T
                ## UserErrorGuestAgentStatusUnavailable: VM agent unable to communicate
                - [The agent is stopped](#the-agent-is-stopped)
                - [The VM has no internet access](#no-internet)

                ## Causes and solutions
                ### The agent is stopped
                Start it with `net start WindowsAzureGuestAgent`.
                ### <a name="no-internet"></a>No internet
                Open the firewall.
                """);
        assertEquals(1, entries.size());
        assertEquals(List.of("the-agent-is-stopped", "no-internet"), entries.getFirst().causes().stream().map(Cause::id).toList());
        assertEquals(List.of("net start WindowsAzureGuestAgent"), Read.commands(entries.getFirst()));
    }

    @Test
    void unlinkedNumberedCauseLinesCutTheFixIntoCauses() {
        var e = Read.entries("""
                # T
                ## UserErrorBackupFailed
                **Cause 1: The disk is full**

                Free some space.

                **Cause 2: The service is stopped**

                Run `net start VSS`.
                """).getFirst();
        assertEquals(List.of("The disk is full", "The service is stopped"), Read.causeTitles(e));
        assertEquals(List.of(Cause.Kind.CAUSE, Cause.Kind.CAUSE), e.causes().stream().map(Cause::kind).toList());
    }

    @Test
    void errorDetailsRowWithACauseLabelInsideTheCell() {
        var e = Read.entries("""
                # T
                ## Restore
                | Error details | Workaround |
                | --- | --- |
                | Restore failed with an internal error. <br>**Cause:** The storage account is locked. | Remove the lock and retry. |
                """).getFirst();
        assertEquals("Restore failed with an internal error.", e.message());
        assertEquals(List.of("The storage account is locked."), Read.causeTitles(e));
        assertEquals("Remove the lock and retry.", e.causes().getFirst().steps().getFirst().title());
    }
}
