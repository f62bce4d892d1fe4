package io.troubleshooter.testing;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The small articles the view, view-model, search and layout tests read (src/test/resources/articles), so that
 * editing a shipped article never breaks them: an English article with three errors sharing causes, and two
 * versions of its Spanish translation. They are read with the loader the app uses.
 */
public final class TestArticles {

    public static final String AGENT = "UserErrorGuestAgentStatusUnavailable";
    public static final String SNAPSHOT = "GuestAgentSnapshotTaskStatusError";
    public static final String VSS_WRITER = "ExtensionFailedVssWriterInBadState";

    private static final Catalog CATALOG = read("articles");

    private TestArticles() {
    }

    public static Catalog catalog() {
        if (!CATALOG.problems().isEmpty()) {
            throw new IllegalStateException("the test articles read with problems: " + CATALOG.problems());
        }
        return CATALOG;
    }

    /** The newest entry with {@code code} in {@code locale}. */
    public static ErrorEntry entry(String code, String locale) {
        return catalog().entries().stream().filter(e -> e.codes().contains(code) && e.locale().equals(locale))
                .max(Comparator.comparing(ErrorEntry::articleVersion))
                .orElseThrow(() -> new IllegalStateException("no test entry " + code + " in " + locale));
    }

    /** The English entry with {@code code}. */
    public static ErrorEntry entry(String code) {
        return entry(code, "en-US");
    }

    /** The trees of every error of the article {@code entry} belongs to. */
    public static List<DecisionTree> articleTrees(ErrorEntry entry) {
        return catalog().articles().stream().filter(a -> catalog().entries(a).contains(entry)).findFirst()
                .map(a -> catalog().entries(a).stream().map(ErrorEntry::tree).toList()).orElseThrow();
    }

    /** Reads the test articles of {@code src/test/resources/<folder>} with the loader the app uses. */
    static Catalog read(String folder) {
        return Catalog.build(ContentLoader.loadDirectories(List.of(folder(folder))), Terms.shipped());
    }

    private static Path folder(String name) {
        URL manifest = TestArticles.class.getResource("/" + name + "/" + ContentLoader.MANIFEST);
        if (manifest == null) {
            throw new IllegalStateException("no test articles in " + name + " on the class path");
        }
        try {
            return Path.of(manifest.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
