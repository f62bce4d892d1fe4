package io.troubleshooter.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.troubleshooter.ui.article.MonospaceFont;
import java.net.URL;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Application;

/** Light or dark: AtlantaFX's Primer themes, applied to every window at once. */
public final class Theme {

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static boolean isDark() {
        String current = Application.getUserAgentStylesheet();
        return current != null && current.equals(new PrimerDark().getUserAgentStylesheet());
    }

    /** The app's own stylesheets, layered over the theme. */
    public static String[] stylesheets() {
        var sheets = Stream.of("app.css", "command.css", "article.css", "flowchart.css", "guide.css")
                .map(name -> Theme.class.getResource("/app/styles/" + name))
                .filter(Objects::nonNull)
                .map(URL::toExternalForm);
        return Stream.concat(sheets, Stream.of(MonospaceFont.stylesheet()))
                .toArray(String[]::new);
    }
}
