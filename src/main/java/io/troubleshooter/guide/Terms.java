package io.troubleshooter.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words articles use for "cause", "step", "error code" and so on, read from
 * {@code i18n/terms_<language>.properties}: adding a language is adding a file. Articles mix
 * languages (an untranslated half, an English heading), so matching uses every language's words.
 */
public final class Terms {

    public enum Key { CAUSE, STEP, SOLUTION, ERROR_CODE, ERROR_MESSAGE, SYMPTOM, ERROR_DETAILS, ONE_OF, LOGS, NONE, CONDITION }

    private static final Terms SHIPPED = loadShipped();

    private final Map<Key, Set<String>> words;
    private final Map<String, Set<String>> stopwords;
    private final Map<Key, Pattern> patterns = new LinkedHashMap<>();
    /** Each key's words in lower case, longest first: matched by search rather than by regular expression. */
    private final Map<Key, List<String>> lowered = new java.util.EnumMap<>(Key.class);

    Terms(Map<String, Properties> byLanguage) {
        var all = new LinkedHashMap<Key, Set<String>>();
        var stops = new LinkedHashMap<String, Set<String>>();
        for (var entry : byLanguage.entrySet()) {
            Properties props = entry.getValue();
            for (Key key : Key.values()) {
                all.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(split(props.getProperty(propertyName(key))));
            }
            stops.put(entry.getKey(), new LinkedHashSet<>(split(props.getProperty("stopwords"))));
        }
        this.words = all;
        this.stopwords = stops;
        for (Key key : Key.values()) {
            String alternatives = words.getOrDefault(key, Set.of()).stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Terms::wordPattern).collect(Collectors.joining("|"));
            patterns.put(key, Pattern.compile(alternatives.isEmpty() ? "(?!)" : "(?:" + alternatives + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            lowered.put(key, words.getOrDefault(key, Set.of()).stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .sorted((a, b) -> b.length() - a.length()).toList());
        }
    }

    private static boolean latin(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** Where a word for {@code key} starts in lower-cased {@code text} (at a word start for Latin words), or -1. */
    private int find(Key key, String lower, int from, boolean anchored) {
        for (String word : lowered.get(key)) {
            int at = lower.indexOf(word, from);
            while (at >= 0) {
                boolean boundary = at == 0 || !isWordChar(lower.codePointBefore(at)) || !latin(word);
                if (boundary) {
                    return at;
                }
                if (anchored) {
                    break;
                }
                at = lower.indexOf(word, at + 1);
            }
        }
        return -1;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A word of Latin script matches at the start of a word only ("cause" is not in "because"). */
    private static String wordPattern(String word) {
        boolean latin = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
        return (latin ? "(?<![\\p{L}\\p{M}])" : "") + Pattern.quote(word);
    }

    public static Terms shipped() {
        return SHIPPED;
    }

    private final Map<Key, Pattern> numbered = new java.util.concurrent.ConcurrentHashMap<>();

    /** "Cause 1:", "Paso 2:": a line that opens with a word for {@code key}, a number and a colon (group 1). */
    public Pattern numbered(Key key) {
        return numbered.computeIfAbsent(key, k -> Pattern.compile("^\\s*" + regex(k) + "\\s*(\\d+)\\s*:",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** A regex group matching any language's word for {@code key}. */
    public String regex(Key key) {
        return patterns.get(key).pattern();
    }

    public boolean contains(Key key, String text) {
        return find(key, text.toLowerCase(Locale.ROOT), 0, false) >= 0;
    }

    /** True when {@code text} opens with one of the words for {@code key} ("If", "Si", "Wenn"). */
    public boolean startsWith(Key key, String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (String word : lowered.get(key)) {
            if (lower.startsWith(word) && (lower.length() == word.length()
                    || !Character.isLetter(lower.codePointAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    public boolean is(Key key, String text) {
        return lowered.get(key).contains(text.strip().toLowerCase(Locale.ROOT));
    }

    public Set<String> languages() {
        return stopwords.keySet();
    }

    public Set<String> stopwords(String language) {
        return stopwords.getOrDefault(language, Set.of());
    }

    private static String propertyName(Key key) {
        String[] parts = key.name().toLowerCase(Locale.ROOT).split("_");
        var sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Stream.of(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The shipped vocabulary of {@code languages} only: what the reader knows of a language without a file. */
    public static Terms shipped(Set<String> languages) {
        return load(languages);
    }

    private static Terms loadShipped() {
        return load(null);
    }

    private static Terms load(Set<String> only) {
        var byLanguage = new LinkedHashMap<String, Properties>();
        for (String name : listTermFiles()) {
            String language = name.substring("terms_".length(), name.length() - ".properties".length());
            if (only != null && !only.contains(language)) {
                continue;
            }
            try (InputStream in = Terms.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
                if (in != null) {
                    var props = new Properties();
                    props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    byLanguage.put(language, props);
                }
            } catch (IOException e) {
                throw new IllegalStateException("i18n/" + name + " cannot be read", e);
            }
        }
        if (byLanguage.isEmpty()) {
            throw new IllegalStateException("No i18n/terms_*.properties on the classpath");
        }
        return new Terms(byLanguage);
    }

    /** Lists {@code i18n/terms_*.properties}, from a folder (tests, development) or from the jar. */
    private static List<String> listTermFiles() {
        URL known = Terms.class.getClassLoader().getResource("i18n/terms_en.properties");
        if (known == null) {
            return List.of();
        }
        try {
            URI uri = known.toURI();
            if (known.openConnection() instanceof java.net.JarURLConnection jar) {
                // The jar as the URL cache holds it open: no zip file system over all of its entries.
                jar.setUseCaches(true);
                return jar.getJarFile().stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith("i18n/terms_") && n.endsWith(".properties") && n.indexOf('/', 5) < 0)
                        .map(n -> n.substring("i18n/".length())).sorted().toList();
            }
            return names(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            return List.of("terms_en.properties", "terms_es.properties", "terms_pt.properties");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            var out = new ArrayList<String>();
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("terms_") && n.endsWith(".properties")).sorted().forEach(out::add);
            return out;
        }
    }
}
