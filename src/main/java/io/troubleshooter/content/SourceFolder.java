package io.troubleshooter.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A folder of articles as a team keeps it: a clone of a docs repository, a share, an export. Read recursively,
 * following links but never round a loop; Markdown files are articles, except those in an {@code includes/}
 * folder, which articles include by name; media and other files are left alone. A part of the folder that cannot
 * be read is a problem for that part, never for the rest.
 */
public final class SourceFolder implements ContentFiles {

    /** Folders deeper than this are not read: no article tree needs it, and a crafted one could go on and on. */
    static final int MAX_DEPTH = 32;

    private final Path root;
    private final Path realRoot;
    private final List<String> articles;
    private final Map<String, String> includes;
    private final List<Problem> problems;

    private SourceFolder(Path root, Path realRoot, List<String> articles, Map<String, String> includes,
                         List<Problem> problems) {
        this.root = root;
        this.realRoot = realRoot;
        this.articles = articles;
        this.includes = includes;
        this.problems = problems;
    }

    /** Lists the folder's articles and includes; what cannot be listed is among {@link #problems()}. */
    public static SourceFolder scan(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        var problems = new ArrayList<Problem>();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.error(root.toString(), 1, "The folder cannot be read: " + reason(e)));
            return new SourceFolder(root, root, List.of(), Map.of(), List.copyOf(problems));
        }
        var articles = new ArrayList<String>();
        var includes = new TreeMap<String, String>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(root, file);
                    if (!isMarkdown(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isInclude(rel)) {
                        includes.putIfAbsent(file.getFileName().toString(), rel);
                    } else if (!isMeta(file)) {
                        articles.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        problems.add(Problem.warning(file.toString(), 1,
                                "This link leads back into a folder already read; it is not followed."));
                    } else if (!(e instanceof NoSuchFileException)) {
                        problems.add(Problem.error(file.toString(), 1, "Cannot be read: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.error(root.toString(), 1, "The folder cannot be read: " + reason(e)));
        }
        articles.sort(null);
        return new SourceFolder(root, real, List.copyOf(articles), Map.copyOf(includes), List.copyOf(problems));
    }

    public Path root() {
        return root;
    }

    /** The articles, relative to the folder with {@code /} between names, in name order. */
    public List<String> articles() {
        return articles;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether a file of this folder would be read as an article (for a file that changed on disk). */
    public static boolean isArticle(Path root, Path file) {
        String rel = relative(root.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
        return isMarkdown(file) && !isInclude(rel) && !isMeta(file);
    }

    /** Whether a file of this folder is one that articles include. */
    public static boolean isIncludeFile(Path root, Path file) {
        String rel = relative(root.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
        return isMarkdown(file) && isInclude(rel);
    }

    @Override
    public byte[] read(String relative) throws IOException {
        boolean include = relative.startsWith("includes/");
        String rel = include ? includes.getOrDefault(relative.substring(9), relative) : relative;
        Path file = root.resolve(rel).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("The file is outside the source folder " + root + "; it is not read.");
        }
        try {
            Path real = file.toRealPath();
            if (include && !real.startsWith(realRoot)) {
                throw new IOException("The file leads outside the source folder " + root + " (to " + real
                        + "); it is not read.");
            }
            long size = Files.size(real);
            if (size > SourceText.MAX_BYTES) {
                throw new IOException("The file is " + size / 1024 + " KB; articles larger than "
                        + SourceText.MAX_BYTES / 1024 + " KB are not read.");
            }
            return Files.readAllBytes(real);
        } catch (NoSuchFileException e) {
            throw new IOException("The file is gone: it was moved or deleted while the folder was read.", e);
        }
    }

    /**
     * What the folder's includes are as far as a cached article cares: their names, sizes and times. An include
     * that changes changes the key of every article of the folder.
     */
    public String includesKey() {
        var text = new StringBuilder();
        for (var include : new TreeMap<>(includes).entrySet()) {
            Path file = root.resolve(include.getValue());
            text.append(include.getKey()).append('|');
            try {
                text.append(Files.size(file)).append('|').append(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                text.append("unreadable");
            }
            text.append('\n');
        }
        return EngineVersion.hash(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<String> includeNames() {
        return List.copyOf(new TreeMap<>(includes).keySet());
    }

    @Override
    public String describe(String relative) {
        String rel = relative.startsWith("includes/") ? includes.getOrDefault(relative.substring(9), relative)
                : relative;
        return root.resolve(rel).toString();
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
    }

    private static boolean isInclude(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.startsWith("includes/") || lower.contains("/includes/");
    }

    private static boolean isMeta(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("readme.md") || name.equals("sources.md") || name.equals("toc.md")
                || name.equals("license.md") || name.equals("changelog.md") || name.startsWith(".");
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " "
                + e.getMessage();
    }
}
