package io.troubleshooter.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What files were read into (articles, and what was found in them), kept in the data folder so a restart reads
 * only what changed. Each result is a file named by its key (the content read, where it was read from, the
 * includes it could use), in a folder of the engine build that wrote it; the folders of other builds are removed.
 * A file that is not exactly what this build writes (cut short, changed, from another build, crafted) is deleted
 * and its article read again: only the reader's own record classes, those of the packages named when opening,
 * and plain JDK values and collections are ever read back.
 */
public final class ArticleCache {

    private static final Logger LOG = System.getLogger(ArticleCache.class.getName());
    private static final int MAGIC = 0x54534143;
    private static final int FORMAT = 1;
    private static final String PREFIX = "articles-";
    private static final Set<String> ALLOWED_JDK = Set.of("java.lang.String", "java.lang.Enum", "java.lang.Record",
            "java.lang.Integer", "java.lang.Number", "java.lang.Boolean", "java.time.Ser", "java.time.LocalDate",
            "java.util.CollSer", "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12",
            "java.util.ImmutableCollections$MapN", "java.util.ImmutableCollections$Map1",
            "java.util.ImmutableCollections$SetN", "java.util.ImmutableCollections$Set12", "java.util.ArrayList",
            "java.util.LinkedHashMap", "java.util.HashMap", "java.util.LinkedHashSet", "java.util.HashSet",
            "java.util.Arrays$ArrayList", "java.util.Collections$EmptyList", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableCollection",
            "java.lang.Long", "java.lang.Character");

    private final Path folder;
    private final String engine;
    private final Set<String> packages;

    private ArticleCache(Path folder, String engine, Set<String> packages) {
        this.folder = folder;
        this.engine = engine;
        this.packages = packages;
    }

    /**
     * The cache under {@code cacheRoot} for this build; other builds' caches there are deleted. What is read back
     * may hold the reader's classes and those of the {@code packages} named (the guide's, say), nothing else.
     */
    public static ArticleCache open(Path cacheRoot, String... packages) {
        return open(cacheRoot, EngineVersion.current(), packages);
    }

    static ArticleCache open(Path cacheRoot, String engine, String... packages) {
        var allowed = new HashSet<>(Set.of(packages));
        allowed.add(ArticleCache.class.getPackageName());
        Path folder = cacheRoot.resolve(PREFIX + engine);
        try {
            Files.createDirectories(folder);
            try (Stream<Path> siblings = Files.list(cacheRoot)) {
                siblings.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(folder))
                        .forEach(ArticleCache::deleteTree);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The article cache " + folder + " cannot be used; articles are read each time", e);
        }
        return new ArticleCache(folder, engine, Set.copyOf(allowed));
    }

    /** The key of a file's content read at {@code where}, with the includes its source holds. */
    public static String key(String where, String includes, byte[] content) {
        return EngineVersion.hash(where.getBytes(StandardCharsets.UTF_8),
                includes.getBytes(StandardCharsets.UTF_8), content);
    }

    public <T> Optional<T> get(String key, Class<T> type) {
        Path file = folder.resolve(key + ".bin");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(engine)
                    || !in.readUTF().equals(key)) {
                throw new IOException("not written by this build for this key");
            }
            var objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(this::filter);
            Object value = objects.readObject();
            if (type.isInstance(value) && in.read() < 0) {
                return Optional.of(type.cast(value));
            }
            throw new IOException("not a read article");
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cached article " + file + " discarded: " + e);
            try {
                Files.deleteIfExists(file);
            } catch (IOException gone) {
                LOG.log(Level.DEBUG, "Could not delete " + file, gone);
            }
            return Optional.empty();
        }
    }

    /** Keeps a result; a cache that cannot be written is logged and the app goes on without it. */
    public void put(String key, Serializable result) {
        try {
            var bytes = new ByteArrayOutputStream(32 * 1024);
            var out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(engine);
            out.writeUTF(key);
            var objects = new ObjectOutputStream(out);
            objects.writeObject(result);
            objects.flush();
            Path temp = Files.createTempFile(folder, key, ".tmp");
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, folder.resolve(key + ".bin"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not cache the article read as " + key + ": " + e);
        }
    }

    public Path folder() {
        return folder;
    }

    private ObjectInputFilter.Status filter(ObjectInputFilter.FilterInfo info) {
        if (info.depth() > 4_000 || info.references() > 5_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive() || type == Object.class || ALLOWED_JDK.contains(type.getName())
                || packages.contains(type.getPackageName())) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        LOG.log(Level.DEBUG, "Cached article refused: it holds a " + type.getName());
        return ObjectInputFilter.Status.REJECTED;
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not delete the old cache " + path, e);
        }
    }
}
