package io.troubleshooter.cli;

import io.troubleshooter.content.MarkdownReader;
import io.troubleshooter.guide.Catalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The machine's language changes nothing the engine derives from text. Turkish is the usual trap: its default
 * case rules lower-case {@code I} to a dotless {@code ı}, so an anchor or a kind could change with the machine.
 */
class DefaultLocaleTest {

    @Test
    void shippedCatalogIsTheSameUnderATurkishDefaultLocale() {
        Map<String, Object> root = withDefaultLocale(Locale.ROOT, () -> InspectCommand.toJson(Catalog.loadShipped()));
        Map<String, Object> turkish = withDefaultLocale(Locale.forLanguageTag("tr-TR"),
                () -> InspectCommand.toJson(Catalog.loadShipped()));

        assertFalse(anchorsAndCodes(root).isEmpty());
        assertEquals(anchorsAndCodes(root), anchorsAndCodes(turkish));
        assertEquals(root, turkish);
    }

    @Test
    void headingAnchorsAreTheSameUnderATurkishDefaultLocale() {
        String anchor = withDefaultLocale(Locale.forLanguageTag("tr-TR"),
                () -> MarkdownReader.slug("Install the VM agent If It Is Missing"));
        assertEquals("install-the-vm-agent-if-it-is-missing", anchor);
    }

    /** Each error entry's anchor and codes, and its causes' ids: what links and saved incidents refer to. */
    private static List<String> anchorsAndCodes(Map<String, Object> inspect) {
        var out = new ArrayList<String>();
        for (Object article : (List<?>) inspect.get("articles")) {
            var a = (Map<?, ?>) article;
            for (Object error : (List<?>) a.get("errors")) {
                var e = (Map<?, ?>) error;
                var causes = ((List<?>) e.get("causes")).stream().map(c -> ((Map<?, ?>) c).get("id")).toList();
                out.add(a.get("path") + "#" + e.get("anchor") + " " + e.get("codes") + " " + causes);
            }
        }
        return out;
    }

    private static <T> T withDefaultLocale(Locale locale, Supplier<T> work) {
        Locale saved = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(locale);
        try {
            return work.get();
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
