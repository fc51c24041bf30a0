package org.qcommons.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-facing text, from message bundles in ICU MessageFormat, so that plural rules are the language's, not string
 * concatenation (decisions 125 and 134). Each feature module keeps its words in
 * {@code messages/<module>.properties}, reached through {@link #of(String)}; words shared across modules (counts
 * that several views print) stay in {@code messages/words.properties}, reached through {@link #get}. The
 * interface speaks UK English only (decision 124); the bundles are where another language would go.
 */
public final class Words {

    private static final Locale LOCALE = Locale.UK;
    private static final ULocale ICU_LOCALE = ULocale.forLocale(LOCALE);
    private static final Map<String, Words> BUNDLES = new ConcurrentHashMap<>();
    private static final Words SHARED = of("words");

    private final String name;
    private final ResourceBundle bundle;

    private Words(String name) {
        this.name = name;
        this.bundle = ResourceBundle.getBundle("messages." + name, LOCALE);
    }

    /** The bundle {@code messages/<name>.properties}; a missing bundle fails at once, not on first use of a key. */
    public static Words of(String name) {
        return BUNDLES.computeIfAbsent(name, Words::new);
    }

    /** A word from the shared bundle, {@code messages/words.properties}. */
    public static String get(String key, Object... arguments) {
        return SHARED.text(key, arguments);
    }

    /**
     * The message under {@code key}, formatted with {@code arguments} ({0}, {1}, … in the pattern). A missing key
     * throws: a page that shows a key instead of words would pass unnoticed.
     */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException(
                    "No message '" + key + "' in messages/" + name + ".properties", name, key);
        }
        return new MessageFormat(pattern, ICU_LOCALE).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key, for the tests that format each one and look for keys the code uses but the bundle lacks. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    public String name() {
        return name;
    }
}
