package io.troubleshooter.ui.browse;

import io.troubleshooter.guide.ErrorEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The error list: every error grouped by article while the query is empty, the search's ranked
 * matches (best first) as soon as something is typed.
 */
public final class BrowseViewModel {

    /** A row of the list: an article's heading, or an error. */
    public sealed interface Item permits Header, Row { }

    public record Header(String title, String locale, int count) implements Item { }

    /** {@code ranked} rows come from a search and show their article, since they are not under its heading. */
    public record Row(ErrorEntry entry, boolean ranked) implements Item { }

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Item> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<ErrorEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private List<ErrorEntry> entries = List.of();
    private Function<String, List<ErrorEntry>> search = q -> List.of();
    private Function<ErrorEntry, String> articleTitle = ErrorEntry::articleId;

    public BrowseViewModel() {
        query.addListener((obs, old, now) -> refresh());
    }

    /** The errors to list (in article order), their articles' titles, and how to search them. */
    public void setEntries(List<ErrorEntry> entries, Function<ErrorEntry, String> articleTitle,
                           Function<String, List<ErrorEntry>> search) {
        this.entries = List.copyOf(entries);
        this.articleTitle = articleTitle;
        this.search = search;
        refresh();
    }

    public String articleTitle(ErrorEntry entry) {
        return articleTitle.apply(entry);
    }

    public List<ErrorEntry> entries() {
        return entries;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Item> items() {
        return itemsView;
    }

    /** The error open in the centre; the list and the search both set it. */
    public ObjectProperty<ErrorEntry> selectedProperty() {
        return selected;
    }

    /** Number of errors in the list now (headings not counted). */
    public int count() {
        return (int) items.stream().filter(i -> i instanceof Row).count();
    }

    /** Opens the best match; false when nothing matches. */
    public boolean openFirst() {
        for (Item item : items) {
            if (item instanceof Row row) {
                selected.set(row.entry());
                return true;
            }
        }
        return false;
    }

    private void refresh() {
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            items.setAll(grouped());
        } else {
            items.setAll(oneVersionEach(search.apply(q)).stream().map(e -> (Item) new Row(e, true)).toList());
        }
    }

    /**
     * The versions of one error (its languages) are one result, where its best-ranked version stood: the version
     * that matched best (the Spanish one for a pasted Spanish message) stands for the others.
     */
    private static List<ErrorEntry> oneVersionEach(List<ErrorEntry> ranked) {
        var byKey = new LinkedHashMap<String, ErrorEntry>();
        for (ErrorEntry e : ranked) {
            byKey.putIfAbsent(e.key(), e);
        }
        return List.copyOf(byKey.values());
    }

    /**
     * One heading per article and language: a translated file carrying its original side by side gives two
     * articles, each listed under its own title, so an English heading never holds the Spanish rows.
     */
    private List<Item> grouped() {
        var byArticle = new LinkedHashMap<String, List<ErrorEntry>>();
        for (ErrorEntry e : entries) {
            byArticle.computeIfAbsent(e.articlePath() + "|" + e.locale(), k -> new ArrayList<>()).add(e);
        }
        var out = new ArrayList<Item>();
        byArticle.forEach((path, list) -> {
            out.add(new Header(articleTitle.apply(list.getFirst()), list.getFirst().locale(), list.size()));
            list.forEach(e -> out.add(new Row(e, false)));
        });
        return out;
    }
}
