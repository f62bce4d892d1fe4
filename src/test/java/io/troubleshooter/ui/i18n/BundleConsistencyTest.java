package io.troubleshooter.ui.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every translation has every key of the English bundle, no other, and the same {n} arguments. */
class BundleConsistencyTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    @ParameterizedTest
    @ValueSource(strings = {"messages_es", "messages_pt_BR"})
    void translationHasExactlyTheEnglishKeys(String bundle) throws IOException {
        Properties english = load("messages");
        Properties translated = load(bundle);

        var missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        var extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertTrue(missing.isEmpty(), bundle + " lacks " + missing);
        assertTrue(extra.isEmpty(), bundle + " has keys English does not: " + extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_es", "messages_pt_BR"})
    void translationTakesTheSameArguments(String bundle) throws IOException {
        Properties english = load("messages");
        Properties translated = load(bundle);
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            if (value != null) {
                assertEquals(arguments(english.getProperty(key)), arguments(value), bundle + ": " + key);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_es", "messages_pt_BR"})
    void noMessageIsEmptyOrLosesAnApostropheToMessageFormat(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            String value = messages.getProperty(key);
            assertFalse(value.isBlank(), bundle + ": " + key + " is empty");
            if (!arguments(value).isEmpty()) {
                assertFalse(value.replace("''", "").contains("'"), bundle + ": " + key
                        + " has arguments, so a single quote must be doubled");
            }
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertNotNull(in, "i18n/" + name + ".properties is on the classpath");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
