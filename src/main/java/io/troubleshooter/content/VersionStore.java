package io.troubleshooter.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of each article version something was done on, kept in the data folder by its content hash, so the
 * version can be read again after its file changed or went away. A kept text whose bytes no longer match its
 * hash is not given back.
 */
public final class VersionStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;

    public VersionStore(Path folder) {
        this.folder = folder;
    }

    /** Keeps the text (once per content) and returns its hash, the name to ask for it by. */
    public String keep(byte[] text) throws IOException {
        String hash = EngineVersion.hash(text);
        Path file = folder.resolve(hash + ".md");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, hash, ".tmp");
            Files.write(temp, text);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return hash;
    }

    /**
     * The articles of the text kept under {@code hash}, read as the file {@code relative} with the manifest's
     * {@code hints}; empty when the text is not kept or was changed since.
     */
    public Optional<ArticleReader.Result> articles(String hash, String relative, ArticleReader.Hints hints) {
        return read(hash).map(text -> ArticleReader.read(ContentFiles.directory(folder), relative, text, hints));
    }

    /** The text kept under {@code hash}; empty when there is none or it was changed since. */
    public Optional<byte[]> read(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        try {
            byte[] text = Files.readAllBytes(folder.resolve(hash + ".md"));
            return EngineVersion.hash(text).equals(hash) ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
