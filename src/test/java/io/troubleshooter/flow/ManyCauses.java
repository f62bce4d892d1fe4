package io.troubleshooter.flow;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small article written for the flowchart tests: one error whose causes each take a short solution, in the shape
 * of the articles that list many causes. Read with the loader the app uses.
 */
public final class ManyCauses {

    public static final String CODE = "UserErrorManyCauses";

    private ManyCauses() {
    }

    /** The error of an article with {@code causes} causes of {@code steps} steps each. */
    public static ErrorEntry entry(int causes, int steps) {
        try {
            Path folder = Files.createTempDirectory("many-causes");
            Files.writeString(folder.resolve("many-causes.md"), markdown(causes, steps), StandardCharsets.UTF_8);
            Catalog catalog = Catalog.build(ContentLoader.loadDirectories(List.of(folder)), Terms.shipped());
            ErrorEntry entry = catalog.entries().stream().filter(e -> e.codes().contains(CODE)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no error read from the article: "
                            + catalog.problems()));
            if (entry.causes().size() != causes) {
                throw new IllegalStateException("read " + entry.causes().size() + " causes, not " + causes);
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(int causes, int steps) {
        var md = new StringBuilder("""
                ---
                title: Troubleshoot a backup that fails for many reasons
                ms.date: 03/01/2024
                ---

                # <a name="many-reasons"></a>Troubleshoot a backup that fails for many reasons

                ## <a name="usererrormanycauses"></a>UserErrorManyCauses: The backup failed

                **Error code**: UserErrorManyCauses <br>
                **Error message**: The backup failed<br>

                """);
        for (int c = 1; c <= causes; c++) {
            md.append("**Cause ").append(c).append(": [").append(title(c)).append("](#reason-").append(c)
                    .append(")**\n");
        }
        md.append("\n## <a name=\"causes-and-solutions\"></a>Causes and solutions\n");
        for (int c = 1; c <= causes; c++) {
            md.append("\n### <a name=\"reason-").append(c).append("\"></a>").append(title(c)).append("\n\n");
            md.append("#### Solution\n\n");
            for (int s = 1; s <= steps; s++) {
                md.append(s).append(". Check setting ").append(s).append(" of part ").append(c).append(".\n");
            }
        }
        return md.toString();
    }

    private static String title(int cause) {
        return "Part " + cause + " of the VM is not ready";
    }
}
