package io.troubleshooter.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where article and include files come from: a folder on disk or the shipped classpath content. */
public interface ContentFiles {

    /** Bytes of a file relative to the content root, or null when it does not exist. */
    byte[] read(String relative) throws IOException;

    /** File names in the includes folder (empty when there is none). */
    List<String> includeNames();

    String describe(String relative);

    static ContentFiles directory(Path root) {
        return new ContentFiles() {
            @Override
            public byte[] read(String relative) throws IOException {
                Path file = root.resolve(relative).normalize();
                if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                    return null;
                }
                long size = Files.size(file);
                if (size > SourceText.MAX_BYTES) {
                    throw new IOException("The file is " + size / 1024 + " KB; articles larger than "
                            + SourceText.MAX_BYTES / 1024 + " KB are not read.");
                }
                return Files.readAllBytes(file);
            }

            @Override
            public List<String> includeNames() {
                Path includes = root.resolve("includes");
                if (!Files.isDirectory(includes)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(includes)) {
                    return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
                } catch (IOException e) {
                    return List.of();
                }
            }

            @Override
            public String describe(String relative) {
                return root.resolve(relative).toString();
            }
        };
    }

    /** The shipped content: {@code content/} on the classpath, listed by its manifest. */
    static ContentFiles classpath(List<String> includeNames) {
        return new ContentFiles() {
            @Override
            public byte[] read(String relative) throws IOException {
                try (InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream("content/" + relative)) {
                    return in == null ? null : in.readNBytes(SourceText.MAX_BYTES + 1);
                }
            }

            @Override
            public List<String> includeNames() {
                return includeNames;
            }

            @Override
            public String describe(String relative) {
                return "content/" + relative;
            }
        };
    }
}
