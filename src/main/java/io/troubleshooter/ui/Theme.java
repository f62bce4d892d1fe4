package io.troubleshooter.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.troubleshooter.ui.article.MonospaceFont;
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
        var sheets = java.util.stream.Stream.of("app.css", "command.css", "article.css", "flowchart.css", "guide.css")
                .map(name -> Theme.class.getResource("/app/styles/" + name))
                .filter(java.util.Objects::nonNull)
                .map(java.net.URL::toExternalForm);
        return java.util.stream.Stream.concat(sheets, java.util.stream.Stream.of(MonospaceFont.stylesheet()))
                .toArray(String[]::new);
    }
}
