package io.troubleshooter.guide;

import io.troubleshooter.content.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in an error's tree between the article version an incident was walked on and a newer one: causes
 * added, removed, moved to another place in the order, or reworded (their title or the words of their steps), each
 * by its stable id, so the checklist can say which of its items still mean what they meant.
 */
public final class TreeChanges {

    public enum Kind { ADDED, REMOVED, REORDERED, REWORDED }

    /** One cause that changed; {@code before} or {@code after} is empty where it does not exist. */
    public record Change(Kind kind, String causeId, String before, String after) { }

    private TreeChanges() {
    }

    /** The newest version of the same error in the walked version's language, when it is newer than that one. */
    public static Optional<ErrorEntry> newer(Catalog catalog, ErrorEntry walked) {
        return catalog.group(walked.key()).stream().flatMap(g -> g.versions().stream())
                .filter(e -> Catalog.language(e.locale()).equals(Catalog.language(walked.locale())))
                .filter(e -> Article.VERSION_ORDER.compare(e.articleVersion(), walked.articleVersion()) > 0)
                .max((a, b) -> Article.VERSION_ORDER.compare(a.articleVersion(), b.articleVersion()));
    }

    public static List<Change> between(ErrorEntry walked, ErrorEntry newer) {
        Map<String, Cause> before = byId(walked);
        Map<String, Cause> after = byId(newer);
        var changes = new ArrayList<Change>();
        List<String> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<String> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
        for (Cause cause : walked.causes()) {
            if (!after.containsKey(cause.id())) {
                changes.add(new Change(Kind.REMOVED, cause.id(), cause.title(), ""));
            }
        }
        for (Cause cause : newer.causes()) {
            Cause old = before.get(cause.id());
            if (old == null) {
                changes.add(new Change(Kind.ADDED, cause.id(), "", cause.title()));
                continue;
            }
            if (keptBefore.indexOf(cause.id()) != keptAfter.indexOf(cause.id())) {
                changes.add(new Change(Kind.REORDERED, cause.id(), position(walked, old), position(newer, cause)));
            }
            if (!words(old).equals(words(cause))) {
                changes.add(new Change(Kind.REWORDED, cause.id(), old.title(), cause.title()));
            }
        }
        return List.copyOf(changes);
    }

    private static Map<String, Cause> byId(ErrorEntry entry) {
        var map = new LinkedHashMap<String, Cause>();
        entry.causes().forEach(c -> map.putIfAbsent(c.id(), c));
        return map;
    }

    private static String position(ErrorEntry entry, Cause cause) {
        return Integer.toString(entry.causes().indexOf(cause) + 1);
    }

    /** The words a reader follows: the title and every step's title, in order. */
    private static List<String> words(Cause cause) {
        var words = new ArrayList<String>();
        words.add(cause.title());
        cause.allSteps().forEach(s -> words.add(s.title()));
        return words;
    }
}
