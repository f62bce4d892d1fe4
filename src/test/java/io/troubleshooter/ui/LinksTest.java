package io.troubleshooter.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinksTest {

    @Test
    void relativeArticleLinksLeadToThePublishedPage() {
        assertEquals(Optional.of("https://learn.microsoft.com/azure/virtual-machines/disks-types"),
                Links.resolve("../virtual-machines/disks-types.md"));
        assertEquals(Optional.of("https://learn.microsoft.com/azure/backup/backup-azure-vms-troubleshoot#vm-agent"),
                Links.resolve("backup-azure-vms-troubleshoot.md#vm-agent"));
    }

    @Test
    void sitePathsAndFullAddressesAreKept() {
        assertEquals(Optional.of("https://learn.microsoft.com/troubleshoot/azure/virtual-machines/performance-diagnostics#install"),
                Links.resolve("/troubleshoot/azure/virtual-machines/performance-diagnostics#install"));
        assertEquals(Optional.of("https://example.com/a.md"), Links.resolve("https://example.com/a.md"));
        assertEquals(Optional.of("http://example.com/"), Links.resolve("http://example.com/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "file://host/share/x.exe", "\\\\host\\share\\x.exe", "//host/share",
            "javascript:alert(1)", "JavaScript:alert(1)", "ms-settings:network", "vbscript:x", "data:text/html,x",
            "mailto:a@example.com", "ftp://example.com/x", "search-ms:query=x", "https://exa\u0000mple.com",
            "https:///nohost"})
    void nothingButWebAddressesIsHandedOn(String target) {
        assertEquals(Optional.empty(), Links.resolve(target), target);
    }
}
