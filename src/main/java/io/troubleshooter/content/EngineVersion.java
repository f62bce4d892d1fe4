package io.troubleshooter.content;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Which build of the reader made a cached result: the jar it runs from (its size and time), or in a developer's
 * build the compiled classes of the reader and the guide. A result cached by another build is never used.
 */
public final class EngineVersion {

    private static final String CURRENT = compute();

    private EngineVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String compute() {
        var text = new StringBuilder(System.getProperty("java.specification.version"));
        Package own = EngineVersion.class.getPackage();
        if (own != null && own.getImplementationVersion() != null) {
            text.append('|').append(own.getImplementationVersion());
        }
        try {
            Path code = Path.of(EngineVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                text.append('|').append(Files.size(code)).append('|').append(Files.getLastModifiedTime(code));
            } else {
                for (String layer : new String[]{"content", "guide"}) {
                    Path classes = code.resolve("io/troubleshooter").resolve(layer);
                    try (Stream<Path> files = Files.list(classes)) {
                        files.sorted().forEach(f -> text.append('|').append(f.getFileName()).append(':')
                                .append(size(f)));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // A build that cannot say what it is gets a version of its own: nothing cached is reused.
            text.append('|').append(System.nanoTime());
        }
        return hash(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static long size(Path file) {
        try {
            return Files.size(file) * 31 + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** SHA-256 of the bytes, in hex. */
    public static String hash(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
