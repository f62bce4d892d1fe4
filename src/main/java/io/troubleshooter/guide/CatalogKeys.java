package io.troubleshooter.guide;

import io.troubleshooter.content.EngineVersion;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The key of content read without a file key of its own (the shipped articles): a hash of the entries found in it,
 * so the same content read again, in this run or the next, has the same key, and other content another.
 */
final class CatalogKeys {

    private CatalogKeys() {
    }

    static String of(List<List<ErrorEntry>> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var out = new ObjectOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
                out.writeUTF(EngineVersion.current());
                out.writeObject(entries.stream().map(List::copyOf).toList());
            }
            return "content-" + HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            // Content that cannot be told by its entries gets a key of its own: it is indexed again.
            return "content-" + UUID.randomUUID();
        }
    }
}
