package org.qcommons.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-facing words that change with a number ("1 row", "2 rows"), from the message bundle
 * {@code messages/words.properties} in ICU MessageFormat, so that plural rules are the language's, not string
 * concatenation (decision 125). The interface speaks UK English only (decision 124); the bundle is where another
 * language would go.
 */
public final class Words {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.words", Locale.UK);
    private static final ULocale UK = ULocale.UK;

    private Words() {}

    public static String get(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), UK).format(arguments);
    }

    /** Every key, for the test that formats each one. */
    static java.util.Set<String> keys() {
        return BUNDLE.keySet();
    }
}
