package io.troubleshooter.ui.article;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javafx.scene.text.Font;

/**
 * The monospace family for code and commands, picked from what the system has. JavaFX CSS takes one
 * family per {@code -fx-font-family}, never a fallback list, so the choice is made here and handed to
 * the stylesheets as a small generated one that overrides their {@code monospace} fallback.
 */
public final class MonospaceFont {

    /** In order of preference: Windows, Windows (older), macOS, most Linux desktops. */
    static final List<String> PREFERRED = List.of("Cascadia Mono", "Consolas", "Menlo", "DejaVu Sans Mono");

    private static final String SELECTORS = ".md-code, .md-code-long, .md-code-text, "
            + ".command-text, .command-literal, .placeholder-field";

    private static String family;
    private static String stylesheet;

    private MonospaceFont() {
    }

    /** The first preferred family installed, or JavaFX's logical "Monospaced". */
    public static synchronized String family() {
        if (family == null) {
            var installed = Font.getFamilies();
            family = PREFERRED.stream().filter(installed::contains).findFirst().orElse("Monospaced");
        }
        return family;
    }

    /** A stylesheet URL (a data URI) setting {@link #family()} on code and command text. */
    public static synchronized String stylesheet() {
        if (stylesheet == null) {
            String css = SELECTORS + " { -fx-font-family: \"" + family() + "\"; }";
            byte[] bytes = css.getBytes(StandardCharsets.UTF_8);
            stylesheet = "data:text/css;base64," + Base64.getEncoder().encodeToString(bytes);
        }
        return stylesheet;
    }
}
