package io.troubleshooter.ui;

import io.troubleshooter.content.Article;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.article.ArticleViewModel;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which article an error is read from, and where its page opens in the Article view: at the section of the
 * error (or of the cause on screen after a switch of language), found by anchor or else by line. The page is
 * built and scrolled only when the view is looked at.
 */
final class ArticlePlaces {

    /** A part of an article: its anchor, and its line for parts the article names by no anchor of their own. */
    private record Place(String anchor, int line) { }

    private final ArticleViewModel view;
    /** Articles by file and locale: a side-by-side file holds two. */
    private final Map<String, Article> byPath = new HashMap<>();
    private @Nullable Catalog catalog;
    private @Nullable Place pending;
    private @Nullable Place fallback;

    ArticlePlaces(ArticleViewModel view) {
        this.view = view;
    }

    /** The articles of {@code loaded}, to find each error's. */
    void index(Catalog loaded) {
        catalog = loaded;
        byPath.clear();
        loaded.articles().forEach(a -> byPath.put(a.path() + "|" + a.locale(), a));
    }

    /** The article {@code entry} was read from. */
    Optional<Article> of(@Nullable ErrorEntry entry) {
        return entry == null ? Optional.empty()
                : Optional.ofNullable(byPath.get(entry.articlePath() + "|" + entry.locale()));
    }

    /** The page of {@code next} opens at {@code cause}'s section when there is one, else at the error's. */
    void openAt(@Nullable ErrorEntry next, @Nullable Cause cause) {
        fallback = next == null ? null : new Place(next.anchor(), next.line());
        pending = next == null ? null : cause == null ? fallback : new Place(cause.id(), cause.line());
    }

    /** A place asked for by the user (a link) replaces the one the error opens at. */
    void forget() {
        pending = null;
    }

    /** Puts {@code article} into the view, and scrolls to where it should open, once. */
    void show(@Nullable Article article) {
        if (article != view.article()) {
            view.originalProperty().set(originalOf(article));
            view.show(article);
        }
        Place orElse = fallback;
        if (pending != null && article != null) {
            view.placeOf(pending.anchor(), pending.line())
                    .or(() -> orElse == null ? Optional.empty() : view.placeOf(orElse.anchor(), orElse.line()))
                    .ifPresent(view::scrollTo);
        }
        pending = null;
    }

    /** The newest version of each article in each language; older versions stay readable but are not listed. */
    static List<Article> current(Catalog catalog) {
        var newest = new LinkedHashMap<String, Article>();
        for (Article a : catalog.articles()) {
            newest.merge(a.id() + "|" + a.locale(), a, (x, y) -> Article.VERSION_ORDER.compare(x.version(), y.version()) >= 0 ? x : y);
        }
        return newest.values().stream()
                .sorted(Comparator.comparing(Article::locale).thenComparing(Article::title)).toList();
    }

    /** The English original carried by the same file as a translation, when it carries one. */
    private @Nullable Article originalOf(@Nullable Article translation) {
        Catalog loaded = catalog;
        if (translation == null || loaded == null || translation.pairedLocale() == null
                || translation.language().equals("en")) {
            return null;
        }
        return loaded.articles().stream().filter(a -> a.path().equals(translation.path())
                && a.locale().equals(translation.pairedLocale())).findFirst().orElse(null);
    }
}
