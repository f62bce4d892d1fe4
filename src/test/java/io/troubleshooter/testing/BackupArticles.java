package io.troubleshooter.testing;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Problem;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;

import java.util.Comparator;
import java.util.List;

/**
 * The larger set of test articles (src/test/resources/backup-articles) that the window, article view, search and
 * layout tests read, so that editing a shipped article never breaks them. Written in the shapes the shipped
 * articles come in:
 * <ul>
 *   <li>{@code vm-agent-errors}, a Spanish machine translation carrying its English original (so one file gives an
 *   es-ES and an en-US article): three errors whose cause links lead to five shared causes, the first
 *   ({@link #AGENT}) with all five, the second ({@link #SNAPSHOT}) linking to {@code #the-vm-has-no-internet-access},
 *   which is the first section below them, far enough down the page to need scrolling;</li>
 *   <li>{@code extension-errors}, in English with a Spanish translation of its first two errors: the VSS writer
 *   error in numbered steps ({@code vssadmin list writers}, {@code net stop serviceName} and
 *   {@code net start serviceName} under a note about restarting, then a {@code REG ADD}), the VSS service error,
 *   and in English only errors by code, by number (320001, 400094, 380008), with a misspelled code, and a
 *   table;</li>
 *   <li>{@code vm-agent-timeout}, an older article whose error is a quoted symptom, in Spanish (2016) and in
 *   Portuguese (2017), the only Portuguese content.</li>
 * </ul>
 * The only problems they read with are the two missing includes, which the article view shows as such.
 */
public final class BackupArticles {

    public static final String AGENT = "UserErrorGuestAgentStatusUnavailable";
    public static final String SNAPSHOT = "GuestAgentSnapshotTaskStatusError";
    public static final String VSS_WRITER = "ExtensionFailedVssWriterInBadState";
    public static final String VSS_SERVICE = "ExtensionFailedVssServiceInBadState";
    /** The section every error of {@code vm-agent-errors} links to first. */
    public static final String NO_INTERNET = "the-vm-has-no-internet-access";

    private static final Catalog CATALOG = TestArticles.read("backup-articles");

    private BackupArticles() {
    }

    public static Catalog catalog() {
        List<Problem> unexpected = CATALOG.problems().stream()
                .filter(p -> p.severity() != Problem.Severity.INFO || !p.message().contains("not available offline"))
                .toList();
        if (!unexpected.isEmpty()) {
            throw new IllegalStateException("the backup test articles read with problems: " + unexpected);
        }
        return CATALOG;
    }

    /** The newest entry with {@code code} in {@code locale}. */
    public static ErrorEntry entry(String code, String locale) {
        return catalog().entries().stream().filter(e -> e.codes().contains(code) && e.locale().equals(locale))
                .max(Comparator.comparing(ErrorEntry::articleVersion))
                .orElseThrow(() -> new IllegalStateException("no test entry " + code + " in " + locale));
    }

    /** The article {@code articleId} in {@code locale} (each is there in one version only). */
    public static Article article(String articleId, String locale) {
        return catalog().articles().stream().filter(a -> a.id().equals(articleId) && a.locale().equals(locale))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no test article " + articleId + " in " + locale));
    }
}
