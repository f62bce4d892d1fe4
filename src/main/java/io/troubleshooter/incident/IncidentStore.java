package io.troubleshooter.incident;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The incidents of one data folder: one JSON file per incident in {@code <data>/incidents/}, written
 * atomically, named by id only. One running app holds the folder at a time (a lock file); a file that is no
 * valid incident is moved to {@code incidents/quarantine/} and reported, an entry that cannot be opened (a folder,
 * a link, a pipe, no permission) is skipped and reported, and every other incident loads.
 *
 * <p>Thread-safe. Close it on exit: that writes the list's index and lets another instance in.
 */
public final class IncidentStore implements AutoCloseable {

    static final String QUARANTINE = "quarantine";
    private static final System.Logger LOG = System.getLogger(IncidentStore.class.getName());
    private static final String LOCK = ".lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** The incidents, newest first, and the files that were moved aside while listing them. */
    public record Listing(List<IncidentSummary> incidents, List<LoadProblem> problems) {

        /** Those matching every word of {@code query} (see {@link IncidentSummary#matches}). */
        public List<IncidentSummary> filter(String query) {
            return incidents.stream().filter(s -> s.matches(query)).toList();
        }
    }

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final IncidentFiles.Reading reading;
    private final Map<String, StoreIndex.Entry> index;
    /** Entries left in place (not files, not readable), reported by every listing until they are gone. */
    private List<LoadProblem> standing = List.of();
    private boolean movedAside;
    private long indexedFolderTime;
    private boolean indexDirty;

    private IncidentStore(Path folder, FileChannel lockChannel, FileLock lock, IncidentFiles.Reading reading) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.reading = reading;
        var loaded = StoreIndex.read(folder);
        this.index = new HashMap<>(loaded.entries());
        this.indexedFolderTime = loaded.folderModified();
    }

    /** The store in the user's data folder ({@link DataFolder#resolve()}). */
    public static IncidentStore openDefault() throws IOException {
        return open(DataFolder.resolve());
    }

    /**
     * Opens the incidents of {@code dataFolder}, creating the folder when missing.
     *
     * @throws IncidentStoreLockedException when another running app has them open
     */
    public static IncidentStore open(Path dataFolder) throws IOException {
        return open(dataFolder, IncidentFiles::readInFolder);
    }

    static IncidentStore open(Path dataFolder, IncidentFiles.Reading reading) throws IOException {
        Path folder = Files.createDirectories(dataFolder.resolve("incidents"));
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IncidentStoreLockedException(folder);
        }
        removeLeftoverTemporaryFiles(folder);
        return new IncidentStore(folder, channel, lock, reading);
    }

    public Path folder() {
        return folder;
    }

    /** Saves the incident over its previous version; a crash leaves one version or the other, whole. */
    public synchronized void save(Incident incident) throws IOException {
        Path file = fileOf(incident.id());
        boolean indexCurrent = indexedFolderTime >= 0 && indexedFolderTime == StoreIndex.modified(folder);
        AtomicFiles.write(file, IncidentJson.write(incident));
        remember(file, IncidentSummary.of(incident));
        // The folder changed by this save alone (the lock keeps other instances out), so the index still holds.
        indexedFolderTime = indexCurrent ? StoreIndex.modified(folder) : -1;
    }

    /**
     * Every incident, newest first. Files unchanged since the last listing come from the index; new or
     * changed ones are read and checked, and those that fail are moved to quarantine and reported. Entries that
     * cannot be opened (a folder, a link, a pipe, a file without permission) are skipped and reported. Whatever
     * one entry holds, the others are listed.
     */
    public synchronized Listing list() throws IOException {
        if (indexedFolderTime >= 0 && indexedFolderTime == StoreIndex.modified(folder)) {
            return new Listing(newestFirst(index), standing);
        }
        indexedFolderTime = -1;
        var problems = new ArrayList<LoadProblem>();
        var skipped = new ArrayList<LoadProblem>();
        var seen = new HashMap<String, StoreIndex.Entry>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                listOne(file, seen, problems, skipped);
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        syncMoves();
        if (!seen.equals(index)) {
            index.clear();
            index.putAll(seen);
            indexDirty = true;
        }
        writeIndexIfChanged();
        indexedFolderTime = StoreIndex.modified(folder);
        standing = List.copyOf(skipped);
        problems.addAll(skipped);
        return new Listing(newestFirst(seen), List.copyOf(problems));
    }

    private void listOne(Path file, Map<String, StoreIndex.Entry> seen, List<LoadProblem> problems,
                         List<LoadProblem> skipped) throws IOException {
        String name = file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = IncidentFiles.attributes(file);
        } catch (NoSuchFileException e) {
            return; // removed while listing
        }
        var notPlain = IncidentFiles.notPlain(attributes);
        if (notPlain.isPresent()) {
            skipped.add(leftInPlace(name, notPlain.get()));
            return;
        }
        var known = index.get(name);
        if (known != null && known.size() == attributes.size()
                && known.modified() == attributes.lastModifiedTime().toMillis()) {
            seen.put(name, known);
            return;
        }
        try {
            if (attributes.size() > IncidentFiles.MAX_BYTES) {
                throw IncidentFiles.tooLarge(name);
            }
            var summary = IncidentSummary.of(read(file));
            seen.put(name, new StoreIndex.Entry(name, attributes.size(), attributes.lastModifiedTime().toMillis(),
                    summary));
        } catch (IncidentFileException e) {
            problems.add(quarantine(file, e));
        } catch (NoSuchFileException e) {
            // removed while listing
        } catch (IOException e) {
            skipped.add(leftInPlace(name, "it cannot be opened (" + SafeText.line(reasonOf(e)) + ")"));
        } catch (RuntimeException e) {
            // A case the file check does not know of: this file is set aside, and the list still comes back.
            LOG.log(System.Logger.Level.ERROR, "Incident file " + SafeText.line(name) + " could not be listed", e);
            problems.add(quarantine(file, new IncidentFileException(IncidentFileException.Reason.CORRUPT,
                    SafeText.line(name) + " cannot be read: its content does not make sense ("
                            + SafeText.line(String.valueOf(e.getMessage())) + ").")));
        }
    }

    private static List<IncidentSummary> newestFirst(Map<String, StoreIndex.Entry> entries) {
        return entries.values().stream().map(StoreIndex.Entry::summary)
                .sorted(Comparator.comparing(IncidentSummary::created, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(IncidentSummary::id, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Reads one incident in full.
     *
     * @throws IncidentFileException when the file is damaged, foreign or newer; it has then been moved to
     *                               quarantine and the message says where
     */
    public synchronized Incident load(String id) throws IOException, IncidentFileException {
        Path file = fileOf(id);
        var notPlain = IncidentFiles.notPlain(IncidentFiles.attributes(file));
        if (notPlain.isPresent()) {
            throw new IncidentFileException(IncidentFileException.Reason.UNREADABLE,
                    leftInPlace(file.getFileName().toString(), notPlain.get()).message());
        }
        try {
            return read(file);
        } catch (IncidentFileException e) {
            var problem = quarantine(file, e);
            syncMoves();
            throw new IncidentFileException(e.reason(), problem.message());
        }
    }

    public synchronized boolean exists(String id) {
        return Files.exists(fileOf(id));
    }

    /** Writes the incident as a JSON file anywhere, for a colleague or a ticket. */
    public void export(Incident incident, Path target) throws IOException {
        AtomicFiles.write(target, IncidentJson.write(incident));
    }

    /**
     * Reads an exported incident, checks it whole, and only then stores it; it gets a fresh id when its own is
     * taken, so importing never overwrites an incident. A file that fails the check is refused and left as it is.
     */
    public synchronized Incident importFile(Path source) throws IOException, IncidentFileException {
        Incident incident = IncidentJson.read(source);
        if (exists(incident.id())) {
            incident = withId(incident, IncidentId.generate(Instant.now()));
        }
        save(incident);
        return incident;
    }

    /** For each cause id: how many past incidents it resolved, out of those where it was on the path. */
    public synchronized Map<String, CauseHistory> history(String excludeId) throws IOException {
        return history(list().incidents(), excludeId);
    }

    /** The same, counted over a listing already read. */
    public static Map<String, CauseHistory> history(List<IncidentSummary> incidents, String excludeId) {
        var resolved = new HashMap<String, Integer>();
        var onPath = new HashMap<String, Integer>();
        for (IncidentSummary summary : incidents) {
            if (summary.id().equals(excludeId)) {
                continue;
            }
            summary.pathCauses().forEach(cause -> onPath.merge(cause, 1, Integer::sum));
            Optional.ofNullable(summary.resolvedBy()).ifPresent(cause -> resolved.merge(cause, 1, Integer::sum));
        }
        var history = new HashMap<String, CauseHistory>();
        onPath.forEach((cause, count) -> history.put(cause, new CauseHistory(resolved.getOrDefault(cause, 0), count)));
        return Map.copyOf(history);
    }

    /** Writes the index and releases the folder for another instance. */
    @Override
    public synchronized void close() throws IOException {
        try {
            writeIndexForNextStart();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    Path fileOf(String id) {
        Path file = folder.resolve(IncidentId.require(id) + ".json");
        // The id pattern already rules out separators and dots; this is the second lock on the same door.
        if (!file.normalize().getParent().equals(folder.normalize())) {
            throw new IllegalArgumentException("Not a valid incident id: " + id);
        }
        return file;
    }

    private Incident read(Path file) throws IOException, IncidentFileException {
        String name = file.getFileName().toString();
        Incident incident = IncidentJson.read(reading.read(file), name);
        if (!name.equals(incident.id() + ".json")) {
            throw new IncidentFileException(IncidentFileException.Reason.CORRUPT, SafeText.line(name)
                    + " cannot be read: it holds incident " + incident.id() + ", not the one its name says.");
        }
        return incident;
    }

    private static LoadProblem leftInPlace(String name, String why) {
        return new LoadProblem(name, IncidentFileException.Reason.UNREADABLE,
                SafeText.line(name) + " was skipped: " + why + ". It was left where it is.", null);
    }

    private static String reasonOf(IOException e) {
        String kind = e instanceof AccessDeniedException ? "no permission" : e.getClass().getSimpleName();
        return e.getMessage() == null || e instanceof AccessDeniedException ? kind : kind + ": " + e.getMessage();
    }

    private void remember(Path file, IncidentSummary summary) throws IOException {
        var attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String name = file.getFileName().toString();
        index.put(name, new StoreIndex.Entry(name, attributes.size(), attributes.lastModifiedTime().toMillis(), summary));
        indexDirty = true;
    }

    private void writeIndexIfChanged() throws IOException {
        if (indexDirty) {
            StoreIndex.write(folder, index.values());
            indexDirty = false;
        }
    }

    /** On close, so the next start can take the list from the index without looking at each file. */
    private void writeIndexForNextStart() throws IOException {
        if (indexDirty || indexedFolderTime != StoreIndex.modified(folder)) {
            StoreIndex.write(folder, index.values());
            indexDirty = false;
        }
    }

    /**
     * Moves a file that is no incident out of the way, keeping it; when it cannot be moved it is reported all the
     * same and left where it is (and is met again at the next listing). {@link #syncMoves()} makes the moves
     * last, once for however many files were moved.
     */
    private LoadProblem quarantine(Path file, IncidentFileException why) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        index.remove(name);
        indexDirty = true;
        try {
            Path aside = Files.createDirectories(folder.resolve(QUARANTINE));
            Path target = aside.resolve(stem + "." + STAMP.format(Instant.now()) + ".json");
            for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
                target = aside.resolve(stem + "." + STAMP.format(Instant.now()) + "-" + n + ".json");
            }
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            movedAside = true;
            String where = SafeText.line(folder.relativize(target).toString());
            LOG.log(System.Logger.Level.WARNING, "Incident file set aside: {0}", where);
            return new LoadProblem(name, why.reason(), why.getMessage() + " It was moved to " + where + ".", target);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Incident file could not be set aside: " + SafeText.line(name), e);
            return new LoadProblem(name, why.reason(), why.getMessage() + " It could not be moved aside ("
                    + SafeText.line(reasonOf(e)) + ") and was left where it is.", null);
        }
    }

    private void syncMoves() {
        if (movedAside) {
            AtomicFiles.syncFolder(folder.resolve(QUARANTINE));
            AtomicFiles.syncFolder(folder);
            movedAside = false;
        }
    }

    private static Incident withId(Incident i, String id) {
        return new Incident(i.schemaVersion(), id, i.created(), i.updated(), i.info(), i.error(), i.contentVersion(),
                i.origin(), i.outcome(), i.placeholders(), i.items(), i.answers(), i.timeSpentMs(), i.commands(),
                i.warnings(), i.added());
    }

    /** Temporary files of a write cut short by a crash; nobody else writes here while the lock is held. */
    private static void removeLeftoverTemporaryFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
