package io.troubleshooter.ui.article;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Section;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;

/**
 * The article on screen and where the reader is in it: links followed inside the article (with a way
 * back), links leaving it (handed to {@link #onExternalLinkProperty()}, only ever on a click).
 */
public final class ArticleViewModel {

    /** A request to bring {@code anchor} to the top; {@code serial} makes asking twice for the same place count. */
    public record ScrollRequest(String anchor, long serial) { }

    private final ObjectProperty<Article> article = new SimpleObjectProperty<>(this, "article");
    private final ReadOnlyObjectWrapper<ScrollRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ReadOnlyStringWrapper missingAnchor = new ReadOnlyStringWrapper(this, "missingAnchor");
    private final ReadOnlyBooleanWrapper backAvailable = new ReadOnlyBooleanWrapper(this, "backAvailable");
    private final ObjectProperty<Consumer<String>> onExternalLink = new SimpleObjectProperty<>(this, "onExternalLink");
    /** The vertical scroll position, 0 (top) to 1 (bottom); the view keeps it in step with its scroll pane. */
    private final DoubleProperty scroll = new SimpleDoubleProperty(this, "scroll");
    private final ObjectProperty<Article> original = new SimpleObjectProperty<>(this, "original");
    private final BooleanProperty showOriginal =
            new SimpleBooleanProperty(this, "showOriginal");
    private final Deque<Double> history = new ArrayDeque<>();
    private Set<String> anchors = Set.of();
    private long serial;

    public ArticleViewModel() {
        article.addListener((obs, old, now) -> {
            anchors = ArticleAnchors.of(now);
            history.clear();
            backAvailable.set(false);
            missingAnchor.set(null);
            request.set(null);
            scroll.set(0);
        });
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public Article article() {
        return article.get();
    }

    /** The English original the shown translation was made from, when its file carries it; else null. */
    public ObjectProperty<Article> originalProperty() {
        return original;
    }

    /** Whether the English original is shown beside each translated paragraph. */
    public BooleanProperty showOriginalProperty() {
        return showOriginal;
    }

    public void show(Article shown) {
        article.set(shown);
    }

    /** The last place asked for; the view scrolls there once it is laid out. */
    public ReadOnlyObjectProperty<ScrollRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** The anchor last asked for that the article does not have, or null. */
    public ReadOnlyStringProperty missingAnchorProperty() {
        return missingAnchor.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backAvailableProperty() {
        return backAvailable.getReadOnlyProperty();
    }

    public ObjectProperty<Consumer<String>> onExternalLinkProperty() {
        return onExternalLink;
    }

    public DoubleProperty scrollProperty() {
        return scroll;
    }

    /** Whether {@code anchor} names a section or an {@code <a name>} of the article shown. */
    public boolean hasAnchor(String anchor) {
        return anchors.contains(anchor);
    }

    /**
     * Where a part of the article (an error, a cause) is: {@code anchor} when the article has it, written as it is
     * or in another case; else the section holding {@code line}, for parts the article gives no anchor of their own
     * (a row of an error table is known by its table's section). Empty when neither is in the article.
     */
    public Optional<String> placeOf(@Nullable String anchor, int line) {
        if (anchor != null && hasAnchor(anchor)) {
            return Optional.of(anchor);
        }
        if (anchor != null) {
            String folded = anchor.toLowerCase(Locale.ROOT);
            var other = anchors.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(folded)).findFirst();
            if (other.isPresent()) {
                return other;
            }
        }
        return sectionAt(line).map(Section::anchor).filter(a -> !a.isEmpty());
    }

    /** The last section whose heading is at or before {@code line}, 1-based; none before the first heading. */
    private Optional<Section> sectionAt(int line) {
        Article shown = article.get();
        if (shown == null || line <= 0) {
            return Optional.empty();
        }
        Section holding = null;
        for (Section section : shown.sections()) {
            if (section.line() > line) {
                break;
            }
            if (section.level() > 0) {
                holding = section;
            }
        }
        return Optional.ofNullable(holding);
    }

    /** A link was clicked: {@code #anchor} moves inside the article, anything else leaves it. */
    public void followLink(String target) {
        if (target == null || target.isBlank()) {
            return;
        }
        if (target.startsWith("#")) {
            scrollTo(target.substring(1));
            return;
        }
        missingAnchor.set(null);
        Consumer<String> hook = onExternalLink.get();
        if (hook != null) {
            hook.accept(target);
        }
    }

    /**
     * Brings {@code anchor} to the top, remembering where the reader was; false when there is no such place. An
     * anchor written in another case than the article's still finds it, as DocFX's links do.
     */
    public boolean scrollTo(String anchor) {
        Optional<String> place = placeOf(anchor, 0);
        if (place.isEmpty()) {
            missingAnchor.set(anchor);
            return false;
        }
        missingAnchor.set(null);
        history.push(scroll.get());
        backAvailable.set(true);
        request.set(new ScrollRequest(place.get(), ++serial));
        return true;
    }

    /** Returns to where the reader was before the last anchor followed. */
    public boolean back() {
        if (history.isEmpty()) {
            return false;
        }
        missingAnchor.set(null);
        scroll.set(history.pop());
        backAvailable.set(!history.isEmpty());
        return true;
    }
}
