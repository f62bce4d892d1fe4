package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ArticleCache;
import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.Problem;
import io.troubleshooter.content.SourceFolder;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The catalog of the shipped content and of a team's folders, kept file by file: a folder is read once (each file
 * from the cache when its content was read before), and afterwards a file that changed is read alone and the
 * catalog made again from what is already known. Safe to call from several threads.
 */
public final class SourceCatalog {

    /** Told as files are read: how many of how many. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** One file of a source as it was last read: its articles, the entries of each, and its problems. */
    public record FileRead(Path source, String relative, String path, String key, List<Article> articles,
                           List<List<ErrorEntry>> entries, List<Problem> problems) {

        public int entryCount() {
            return entries.stream().mapToInt(List::size).sum();
        }
    }

    /** A folder of articles and its files in name order; {@code problems} are the folder's own. */
    public record Source(Path root, List<FileRead> files, List<Problem> problems) { }

    private record Folder(SourceFolder folder, String includesKey, Map<String, FileRead> files) { }

    /** What one file gave, as the cache keeps it: its articles, and the entries and problems found in each. */
    private record Found(ArticleReader.Result read, List<List<ErrorEntry>> entries, List<Problem> problems)
            implements Serializable {
        Found {
            entries = entries.stream().map(List::copyOf).toList();
            problems = List.copyOf(problems);
        }
    }

    private final Terms terms;
    private final @Nullable ArticleCache cache;
    private final Map<Path, Folder> folders = new LinkedHashMap<>();
    private @Nullable FileRead shipped;

    /** A cache to open for the catalog: it keeps articles and what was found in them. */
    public static ArticleCache openCache(Path cacheRoot) {
        return ArticleCache.open(cacheRoot, SourceCatalog.class.getPackageName());
    }

    public SourceCatalog(Terms terms, @Nullable ArticleCache cache) {
        this.terms = terms;
        this.cache = cache;
    }

    /** The shipped content, read through its manifest. */
    public void loadShipped() {
        ContentLoader.Loaded loaded = ContentLoader.loadShipped();
        var extractions = loaded.articles().parallelStream().map(a -> EntryExtractor.extract(a, terms)).toList();
        var problems = new ArrayList<>(loaded.problems());
        extractions.forEach(e -> problems.addAll(e.problems()));
        List<List<ErrorEntry>> entries = extractions.stream().map(EntryExtractor.Extraction::entries).toList();
        var read = new FileRead(Path.of("content"), "", "content", CatalogKeys.of(entries), loaded.articles(),
                entries, List.copyOf(problems));
        synchronized (this) {
            shipped = read;
        }
    }

    /** Reads (or reads again) every file of a folder on all cores, telling {@code progress} as files are read. */
    public void load(Path root, Progress progress) {
        SourceFolder folder = SourceFolder.scan(root);
        String includesKey = folder.includesKey();
        var files = new ConcurrentSkipListMap<String, FileRead>();
        int total = folder.articles().size();
        var done = new AtomicInteger();
        progress.update(0, total);
        folder.articles().parallelStream().forEach(rel -> {
            files.put(rel, read(folder, includesKey, rel));
            progress.update(done.incrementAndGet(), total);
        });
        synchronized (this) {
            folders.put(folder.root(), new Folder(folder, includesKey, files));
        }
    }

    public synchronized void remove(Path root) {
        folders.remove(root.toAbsolutePath().normalize());
    }

    /**
     * Reads one file of a folder again, or forgets it when it is gone or no longer an article; an include that
     * changed reads the whole folder again. False when the file belongs to no folder read.
     */
    public boolean refresh(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Folder owner;
        synchronized (this) {
            owner = folders.entrySet().stream().filter(e -> absolute.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        if (owner == null) {
            return false;
        }
        Path root = owner.folder().root();
        if (SourceFolder.isIncludeFile(root, absolute)) {
            load(root, Progress.NONE);
            return true;
        }
        if (absolute.equals(root) || Files.isDirectory(absolute)) {
            // A folder added, or events lost: what is in it was never told file by file.
            load(root, Progress.NONE);
            return true;
        }
        String rel = root.relativize(absolute).toString().replace('\\', '/');
        if (!Files.exists(absolute)) {
            return owner.files().keySet().removeIf(k -> k.equals(rel) || k.startsWith(rel + "/"));
        }
        if (!SourceFolder.isArticle(root, absolute)) {
            return false;
        }
        owner.files().put(rel, read(owner.folder(), owner.includesKey(), rel));
        return true;
    }

    private FileRead read(SourceFolder folder, String includesKey, String rel) {
        String path = folder.describe(rel);
        byte[] bytes;
        try {
            bytes = folder.read(rel);
        } catch (IOException e) {
            return new FileRead(folder.root(), rel, path, "", List.of(), List.of(),
                    List.of(Problem.error(path, 1, e.getMessage())));
        }
        String key = ArticleCache.key(path, includesKey, bytes);
        Found found = cache == null ? null : cache.get(key, Found.class).orElse(null);
        if (found == null) {
            found = find(ArticleReader.read(folder, rel, bytes, ArticleReader.Hints.NONE));
            if (cache != null) {
                cache.put(key, found);
            }
        }
        var problems = new ArrayList<>(found.read().problems());
        problems.addAll(found.problems());
        return new FileRead(folder.root(), rel, path, key, found.read().articles(), found.entries(),
                List.copyOf(problems));
    }

    private Found find(ArticleReader.Result result) {
        var problems = new ArrayList<Problem>();
        var entries = new ArrayList<List<ErrorEntry>>();
        for (Article article : result.articles()) {
            EntryExtractor.Extraction extraction = EntryExtractor.extract(article, terms);
            entries.add(extraction.entries());
            problems.addAll(extraction.problems());
        }
        return new Found(result, entries, problems);
    }

    /** The folders read, each with its files. */
    public synchronized List<Source> sources() {
        var out = new ArrayList<Source>();
        folders.forEach((root, f) -> out.add(new Source(root, List.copyOf(f.files().values()), f.folder().problems())));
        return out;
    }

    public synchronized Optional<FileRead> shipped() {
        return Optional.ofNullable(shipped);
    }

    /**
     * A catalog of everything read so far: the shipped content first, then each folder's files in name order; its
     * {@link Catalog#entriesByFile} are by each file's content key.
     */
    public Catalog catalog() {
        var articles = new ArrayList<Article>();
        var entries = new ArrayList<List<ErrorEntry>>();
        var problems = new ArrayList<Problem>();
        var keys = new ArrayList<String>();
        List<FileRead> all = new ArrayList<>();
        synchronized (this) {
            if (shipped != null) {
                all.add(shipped);
            }
            folders.values().forEach(f -> {
                problems.addAll(f.folder().problems());
                all.addAll(f.files().values());
            });
        }
        for (FileRead read : all) {
            articles.addAll(read.articles());
            entries.addAll(read.entries());
            problems.addAll(read.problems());
            read.articles().forEach(a -> keys.add(read.key()));
        }
        return Catalog.assemble(articles, entries, problems, keys);
    }
}
