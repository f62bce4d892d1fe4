package io.troubleshooter.content;

import java.util.Locale;

/** Locale tags as the content uses them: {@code es-ES}, {@code pt-BR}, {@code en-US}. */
public final class Locales {

    private Locales() {
    }

    public static String canonical(String raw) {
        String tag = raw.strip().replace('_', '-');
        if (tag.isEmpty()) {
            return "und";
        }
        Locale locale = Locale.forLanguageTag(tag);
        String language = locale.getLanguage();
        String country = locale.getCountry();
        if (country.isEmpty()) {
            country = switch (language) {
                case "en" -> "US";
                case "es" -> "ES";
                case "pt" -> "BR";
                default -> "";
            };
        }
        return country.isEmpty() ? language : language + "-" + country;
    }

    /** Guesses a locale from a folder or file name such as {@code de-de} or {@code pt-PT}. */
    public static String fromName(String name) {
        var m = java.util.regex.Pattern.compile("(?i)(?:^|[^a-z])([a-z]{2})[-_]([a-z]{2})(?:$|[^a-z])").matcher(name);
        if (m.find()) {
            return canonical(m.group(1) + "-" + m.group(2));
        }
        return name.matches("(?i)[a-z]{2}") ? canonical(name) : null;
    }
}
