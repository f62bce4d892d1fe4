package io.troubleshooter.ui.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the UI speaks, each named in itself in the language menu. */
public final class Languages {

    public record Language(Locale locale, String nativeName) { }

    public static final List<Language> SUPPORTED = List.of(
            new Language(Locale.ENGLISH, "English"),
            new Language(Locale.forLanguageTag("es"), "Español"),
            new Language(Locale.forLanguageTag("pt-BR"), "Português (Brasil)"));

    private Languages() {
    }

    /** The saved choice, else the system's language when the UI speaks it, else English. */
    public static Locale initial(String saved, Locale system) {
        if (saved != null && !saved.isBlank()) {
            Locale chosen = Locale.forLanguageTag(saved);
            for (Language l : SUPPORTED) {
                if (l.locale().equals(chosen)) {
                    return l.locale();
                }
            }
        }
        return closest(system);
    }

    /** Portuguese from Portugal gets Brazil's; any Spanish gets Spanish. */
    public static Locale closest(Locale system) {
        for (Language l : SUPPORTED) {
            if (l.locale().getLanguage().equals(system.getLanguage())) {
                return l.locale();
            }
        }
        return Locale.ENGLISH;
    }

    /** Whether a content locale tag ("es-ES") is in a UI language ("es"). */
    public static boolean sameLanguage(String contentLocale, String language) {
        return Locale.forLanguageTag(contentLocale).getLanguage().equals(language);
    }
}
