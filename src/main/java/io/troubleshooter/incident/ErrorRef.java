package io.troubleshooter.incident;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The error an incident is about, by ids only ({@link ErrorEntry#key()}, article, language, version, anchor)
 * so it re-renders in any language and survives a content update; the codes are kept to list and filter
 * incidents without loading the catalog. {@code textHash} names the walked article version's text as kept in the
 * data folder, so the incident renders from it after the file changed or went away; absent in older files.
 */
public record ErrorRef(String key, List<String> codes, String articleId, String locale, String articleVersion,
                       String anchor, @Nullable String textHash) {

    public ErrorRef {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    public ErrorRef(String key, List<String> codes, String articleId, String locale, String articleVersion,
                    String anchor) {
        this(key, codes, articleId, locale, articleVersion, anchor, null);
    }

    /** The same error, its walked version's text kept under {@code hash}. */
    public ErrorRef withTextHash(String hash) {
        return new ErrorRef(key, codes, articleId, locale, articleVersion, anchor, hash);
    }

    public static ErrorRef of(ErrorEntry entry) {
        return new ErrorRef(entry.key(), entry.codes(), entry.articleId(), entry.locale(), entry.articleVersion(),
                entry.anchor());
    }

    /** The article and its version, as the incident's content version: {@code backup-azure-vms-troubleshoot@2021-06-02}. */
    public String contentVersion() {
        return articleId + "@" + articleVersion;
    }

    /** The first code, or the key when the error has none. */
    public String displayCode() {
        return codes.isEmpty() ? key : codes.getFirst();
    }

    /**
     * The entry this refers to in {@code catalog}: the same article version and language when it is still
     * shipped, else the newest version in that language, else any version of the error; empty when the error
     * is gone from the content.
     */
    public Optional<ErrorEntry> findIn(Catalog catalog) {
        return catalog.group(key).flatMap(group -> group.versions().stream()
                .filter(e -> e.articleId().equals(articleId) && e.locale().equals(locale)
                        && e.articleVersion().equals(articleVersion) && e.anchor().equals(anchor))
                .findFirst()
                .or(() -> group.best(locale))
                .or(() -> Optional.of(group.newest())));
    }
}
