package io.troubleshooter.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinksTest {

    @Test
    void relativeArticleLinksLeadToThePublishedPage() {
        assertEquals("https://learn.microsoft.com/azure/virtual-machines/disks-types",
                Links.resolve("../virtual-machines/disks-types.md"));
        assertEquals("https://learn.microsoft.com/azure/backup/backup-azure-vms-troubleshoot#vm-agent",
                Links.resolve("backup-azure-vms-troubleshoot.md#vm-agent"));
    }

    @Test
    void sitePathsAndFullAddressesAreKept() {
        assertEquals("https://learn.microsoft.com/troubleshoot/azure/virtual-machines/performance-diagnostics#install",
                Links.resolve("/troubleshoot/azure/virtual-machines/performance-diagnostics#install"));
        assertEquals("https://example.com/a.md", Links.resolve("https://example.com/a.md"));
    }
}
