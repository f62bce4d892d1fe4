package io.troubleshooter.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern TAG = Pattern.compile("(?i)(?<![a-z])([a-z]{2})[-_]([a-z]{2})(?![a-z])");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Guesses a locale from a path or file name such as {@code de-de/x.md}, {@code azure-docs.ja-jp/articles/x.md}
     * or {@code pt-PT}: the tag nearest the file wins, and only a known language and country count, so
     * {@code sql-on-vm} names none.
     */
    public static String fromName(String name) {
        Matcher m = TAG.matcher(name);
        String found = null;
        while (m.find()) {
            String language = m.group(1).toLowerCase(Locale.ROOT);
            String country = m.group(2).toUpperCase(Locale.ROOT);
            if (LANGUAGES.contains(language) && COUNTRIES.contains(country)) {
                found = canonical(language + "-" + country);
            }
        }
        if (found != null) {
            return found;
        }
        return name.matches("(?i)[a-z]{2}") ? canonical(name) : null;
    }
}
