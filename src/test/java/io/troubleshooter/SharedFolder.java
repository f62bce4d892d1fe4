package io.troubleshooter;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code ../shared} beside the project: the real-article corpus, the seeds' gold files and the tools that score
 * them. Without it a test is skipped on a developer's machine; on CI ({@code CI=true}) it fails, since a
 * skipped check is not a passed one.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** {@code ../shared/<parts>}, or the test skipped (failed on CI) when it is missing. */
    public static Path require(String... parts) {
        Path path = Path.of("..").resolve(Path.of("shared", parts));
        if (!Files.exists(path)) {
            String missing = path + " is missing";
            if ("true".equals(System.getenv("CI"))) {
                fail("../shared must sit beside the project on CI (CI=true): " + missing);
            }
            Assumptions.abort(missing + "; ../shared is not beside the project");
        }
        return path;
    }
}
