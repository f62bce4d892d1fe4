package io.troubleshooter.ui.i18n;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The UI's words in the current language.
 *
 * <p>Views bind every visible string to {@link #text}; switching {@link #localeProperty()} updates them all
 * in place. Bundles are {@code i18n/messages*.properties}; a key missing in one falls back to English,
 * never to the JVM's default locale. A key missing in English too is shown as the key itself and logged once.
 */
public final class I18n {

    static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = System.getLogger(I18n.class.getName());
    /** Keys already reported missing: a binding re-reads its key on every switch, the log says it once. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final Map<String, StringBinding> cache = new HashMap<>();
    private ResourceBundle bundle;
    private Locale bundleLocale;

    public I18n(Locale initial) {
        locale.set(initial);
    }

    public static I18n english() {
        return new I18n(Locale.ENGLISH);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The message now, for cells and dialogs built on demand. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            if (REPORTED.add(key)) {
                LOG.log(Level.WARNING, "No message for key \"" + key + "\" in " + BUNDLE
                        + " (asked in " + locale.get().toLanguageTag() + "); the key is shown instead");
            }
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A binding that follows the language; cached per key when it takes no arguments. */
    public StringBinding text(String key, Object... args) {
        if (args.length == 0) {
            return cache.computeIfAbsent(key, k -> Bindings.createStringBinding(() -> get(k), locale));
        }
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A binding whose single argument is itself observable (a count, a name). */
    public StringBinding text(String key, ObservableValue<?> arg) {
        return Bindings.createStringBinding(() -> get(key, arg.getValue()), locale, arg);
    }

    /**
     * A content language's name in the UI's language, e.g. "Japanese (Japan)" for {@code ja-JP}: the bundle's
     * word when it has one, else the name Java knows; the tag itself when neither does.
     */
    public String languageName(String tag) {
        String key = "language." + tag;
        if (has(key)) {
            return get(key);
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(locale());
        return name.isBlank() ? tag : name;
    }

    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /**
     * Loaded on first use after a switch: bindings recompute as soon as the locale is invalidated, before any
     * change listener could have loaded the new bundle.
     */
    private ResourceBundle bundle() {
        Locale now = locale.get();
        if (bundle == null || !now.equals(bundleLocale)) {
            bundle = load(now);
            bundleLocale = now;
        }
        return bundle;
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }
}
