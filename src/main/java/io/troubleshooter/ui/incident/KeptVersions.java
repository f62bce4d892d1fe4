package io.troubleshooter.ui.incident;

import io.troubleshooter.content.VersionStore;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.incident.ErrorRef;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentSession;
import io.troubleshooter.incident.IncidentTexts;
import io.troubleshooter.incident.WalkedVersion;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The article versions the incidents were walked on, kept in the data folder, against the content now loaded:
 * the words of an incident's nodes as walked, and what a newer version (or the same one edited) changed.
 */
public final class KeptVersions {

    private final Path folder;
    private final Executor background = task -> Thread.ofVirtual().name("incident-version-news").start(task);
    private final ReadOnlyIntegerWrapper contentRevision = new ReadOnlyIntegerWrapper();
    private Supplier<@Nullable Catalog> catalog = () -> null;
    private @Nullable WalkedVersion versions;
    private @Nullable ErrorRef newsRef;
    private @Nullable Catalog newsCatalog;
    private CompletableFuture<Optional<WalkedVersion.News>> lastNews = CompletableFuture.completedFuture(Optional.empty());

    KeptVersions(Path folder) {
        this.folder = folder;
    }

    /** Keeps the article version {@code entry} is walked on in the data folder, and names it in the incident. */
    public void keep(IncidentSession target, ErrorEntry entry) {
        walked().keep(entry).ifPresent(hash -> target.keptText(entry.key(), hash, Instant.now()));
    }

    /** Where the content now loaded is found. */
    public void useCatalog(Supplier<@Nullable Catalog> loaded) {
        this.catalog = loaded;
    }

    /** The content now loaded changed (a file of a folder read again): what the kept versions say may change. */
    public void contentChanged() {
        contentRevision.set(contentRevision.get() + 1);
    }

    /** Counts the changes of the content loaded, for views that show what depends on it. */
    public ReadOnlyIntegerProperty contentRevisionProperty() {
        return contentRevision.getReadOnlyProperty();
    }

    /**
     * What the content now loaded changed against the article version the error {@code ref} was walked on: a newer
     * version or the same one edited; empty when nothing changed or no content is loaded yet. Worked out in the
     * background (the kept text is read and parsed again), once per error and content.
     */
    public CompletableFuture<Optional<WalkedVersion.News>> news(ErrorRef ref) {
        Catalog loaded = catalog.get();
        if (loaded == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if (!ref.equals(newsRef) || loaded != newsCatalog) {
            newsRef = ref;
            newsCatalog = loaded;
            WalkedVersion kept = walked();
            lastNews = CompletableFuture.supplyAsync(() -> kept.news(ref, loaded), background);
        }
        return lastNews;
    }

    /**
     * The words of {@code incident}'s nodes in {@code locale}: from the article version kept when it was walked,
     * in the language asked for when that version is in another one; never a stored id.
     */
    public IncidentTexts texts(Incident incident, Locale locale, Function<String, String> labels) {
        return IncidentTexts.of(incident, catalog.get(), walked(), locale, labels);
    }

    /** The content now loaded; null before it is. */
    public @Nullable Catalog catalog() {
        return catalog.get();
    }

    /** The kept article versions of this data folder. */
    public WalkedVersion walked() {
        if (versions == null) {
            versions = new WalkedVersion(new VersionStore(folder), Terms.shipped());
        }
        return versions;
    }
}
