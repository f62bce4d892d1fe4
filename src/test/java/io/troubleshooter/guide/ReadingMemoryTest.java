package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.ContentFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.management.JMException;
import javax.management.ObjectName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory a file costs is in proportion to its size, whatever it holds: forty thousand registry lines (each one a
 * command to clean) cost per MB about what a real article does, counted as the bytes allocated while the entries
 * are built from the article (the garbage a collector has to keep up with, which is what made the heap grow).
 */
class ReadingMemoryTest {

    private static final String HEAD = "---\ntitle: x\nms.date: 01/01/2020\n---\n# T\n## UserErrorSomethingBroke\n";

    @Test
    void registryLinesCostPerMegabyteWhatARealArticleCosts() throws IOException, JMException {
        byte[] registry = (HEAD + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\X] \"a\"=\"b\"\n".repeat(40_000))
                .getBytes(StandardCharsets.UTF_8);
        byte[] real = Files.readAllBytes(Path.of("content", "es-ES", "backup-azure-vms-troubleshoot.2021-06-02.md"));
        Article registryArticle = read(registry);
        Article realArticle = read(real);
        extractionBytes(realArticle); // warm: the first run also loads classes and vocabulary
        extractionBytes(registryArticle);

        double registryPerMb = extractionBytes(registryArticle) / megabytes(registry);
        double realPerMb = extractionBytes(realArticle) / megabytes(real);

        System.out.printf(Locale.ROOT, "entries built from 40,000 registry lines: %.0f MB allocated per MB of input;"
                + " from a real article: %.0f MB per MB%n", registryPerMb / (1 << 20), realPerMb / (1 << 20));
        assertEquals(1, EntryExtractor.extract(registryArticle, Terms.shipped()).entries().size());
        assertTrue(registryPerMb < 2 * realPerMb, () -> String.format(Locale.ROOT,
                "registry lines cost %.0f MB per MB, a real article %.0f", registryPerMb / (1 << 20), realPerMb / (1 << 20)));
    }

    private static Article read(byte[] bytes) {
        return ArticleReader.read(ContentFiles.directory(Path.of("target")), "x.md", bytes, ArticleReader.Hints.NONE)
                .articles().getFirst();
    }

    private static long extractionBytes(Article article) throws JMException {
        long before = allocatedByThisThread();
        for (ErrorEntry entry : EntryExtractor.extract(article, Terms.shipped()).entries()) {
            entry.tree();
            entry.commands();
        }
        return allocatedByThisThread() - before;
    }

    /** Bytes this thread has allocated so far, asked through the platform's threading bean by name. */
    static long allocatedByThisThread() throws JMException {
        return (Long) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("java.lang:type=Threading"),
                "getThreadAllocatedBytes", new Object[] {Thread.currentThread().threadId()}, new String[] {"long"});
    }

    private static double megabytes(byte[] bytes) {
        return bytes.length / (double) (1 << 20);
    }
}
