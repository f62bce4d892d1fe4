package io.troubleshooter.guide;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.VersionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident walked on one version of an article, and what a newer version changed in the error's tree. */
class TreeChangesTest {

    private static final Path ARTICLE = Path.of("src/test/resources/articles/en-US/agent-errors.2024-01-10.md");
    private static final String CODE = "code:UserErrorGuestAgentStatusUnavailable";

    @Test
    void aNewerVersionSaysWhichCausesWereAddedRemovedReorderedOrReworded(@TempDir Path dir) throws Exception {
        String old = Files.readString(ARTICLE, StandardCharsets.UTF_8).replace("ms.date: 01/10/2024",
                "ms.assetid: agent-errors\nms.date: 01/10/2024");
        String newer = old.replace("ms.date: 01/10/2024", "ms.date: 06/01/2025")
                .replace("**Cause 1: [The agent is installed but unresponsive](#the-agent-is-unresponsive)**\n"
                        + "**Cause 2: [The agent is out of date](#the-agent-is-out-of-date)**",
                        "**Cause 1: [The agent is out of date](#the-agent-is-out-of-date)**\n"
                        + "**Cause 2: [The agent is installed but unresponsive](#the-agent-is-unresponsive)**")
                .replace("**Cause 5: [The VM has no internet access](#the-vm-has-no-internet-access)**",
                        "**Cause 5: [The VSS writers are in a bad state](#the-vss-writers-are-in-a-bad-state)**")
                .replace("The snapshot status cannot be retrieved", "The snapshot status is not reported");
        Files.writeString(dir.resolve("agent-errors.md"), old, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("agent-errors-2025.md"), newer, StandardCharsets.UTF_8);
        Catalog catalog = Catalog.build(ContentLoader.loadDirectories(List.of(dir)), Terms.shipped());
        ErrorEntry walked = catalog.group(CODE).orElseThrow().versions().stream()
                .filter(e -> e.articleVersion().equals("2024-01-10")).findFirst().orElseThrow();

        ErrorEntry latest = TreeChanges.newer(catalog, walked).orElseThrow();
        List<TreeChanges.Change> changes = TreeChanges.between(walked, latest);

        assertEquals("2025-06-01", latest.articleVersion());
        assertTrue(TreeChanges.newer(catalog, latest).isEmpty(), "nothing is newer than the newest");
        assertTrue(changes.contains(new TreeChanges.Change(TreeChanges.Kind.REMOVED, "the-vm-has-no-internet-access",
                "The VM has no internet access", "")), changes::toString);
        assertTrue(changes.stream().anyMatch(c -> c.kind() == TreeChanges.Kind.ADDED
                && c.causeId().equals("the-vss-writers-are-in-a-bad-state")), changes::toString);
        assertTrue(changes.stream().anyMatch(c -> c.kind() == TreeChanges.Kind.REORDERED
                && c.causeId().equals("the-agent-is-out-of-date")), changes::toString);
        assertTrue(changes.stream().anyMatch(c -> c.kind() == TreeChanges.Kind.REWORDED
                && c.causeId().equals("the-snapshot-status-cannot-be-retrieved")
                && c.after().equals("The snapshot status is not reported")), changes::toString);
        assertTrue(TreeChanges.between(walked, walked).isEmpty());
    }

    @Test
    void theWalkedVersionsTextIsKeptByItsHashAndAChangedCopyIsNotGivenBack(@TempDir Path dir) throws Exception {
        var store = new VersionStore(dir.resolve("versions"));
        byte[] text = Files.readAllBytes(ARTICLE);

        String hash = store.keep(text);

        assertEquals(hash, store.keep(text), "kept once per content");
        assertArrayEquals(text, store.read(hash).orElseThrow());
        Files.writeString(dir.resolve("versions").resolve(hash + ".md"), "edited by hand");
        assertTrue(store.read(hash).isEmpty());
        assertTrue(store.read("../../etc/passwd").isEmpty());
    }
}
