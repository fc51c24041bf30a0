package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle against the code that reads it (decision 134): each entry formats, each key the code asks
 * for is there, each entry is used, and none uses the words the GOV.UK style guide asks us to avoid.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path SOURCES = Path.of("src/main/java/org/qcommons");

    /** A module's own bundle is read through its ui package's {@code t("key", …)}. */
    private static final Pattern MODULE_CALL = Pattern.compile("(?<![\\w.])t\\(\\s*\"([^\"]+)\"");
    /** A key built at run time from a fixed prefix, such as {@code t("status." + status.name())}. */
    private static final Pattern MODULE_PREFIX = Pattern.compile("(?<![\\w.])t\\(\\s*\"([^\"]+\\.)\"\\s*\\+");

    private static final Pattern SHARED_CALL = Pattern.compile("Words\\.get\\(\\s*\"([^\"]+)\"");

    /**
     * From the GOV.UK style guide's "words to avoid" and its plain English advice, the ones that have no innocent
     * sense in this application; and American spellings.
     */
    private static final List<String> AVOID = List.of(
            "utilise",
            "utilize",
            "commence",
            "facilitate",
            "leverage",
            "liaise",
            "overarching",
            "robust",
            "streamline",
            "empower",
            "foster",
            "tackle",
            "deploy",
            "initiate",
            "please note",
            "in order to",
            "prior to",
            "going forward",
            "in the event that",
            "whilst",
            "thereof",
            "herein",
            "kindly",
            "via",
            "e.g.",
            "i.e.",
            "etc.",
            "color",
            "organization",
            "organize",
            "canceled",
            "favorite",
            "analyze",
            "center",
            "license ");

    static List<String> bundles() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyEntryFormats(String bundle) {
        Words words = Words.of(bundle);
        assertThat(words.keys()).isNotEmpty();
        for (String key : words.keys()) {
            Object[] arguments = {2, 2, 2, 2, 2, 2, 2, 2};
            assertThat(words.text(key, arguments))
                    .as(bundle + ": " + key)
                    .isNotBlank()
                    .doesNotContain("{", "}");
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyTheCodeAsksForIsInTheBundle(String bundle) {
        Words words = Words.of(bundle);
        List<String> code = bundle.equals("words") ? sources(SOURCES) : sources(SOURCES.resolve(bundle));
        Set<String> asked = matches(code, bundle.equals("words") ? SHARED_CALL : MODULE_CALL);
        Set<String> prefixes = bundle.equals("words") ? Set.of() : matches(code, MODULE_PREFIX);
        assertThat(prefixes.stream().filter(p -> words.keys().stream().noneMatch(k -> k.startsWith(p))))
                .as("key prefixes with no entry in messages/%s.properties", bundle)
                .isEmpty();
        asked.removeAll(prefixes);
        assertThat(asked).as("keys %s's code asks for", bundle).isNotEmpty();
        assertThat(asked.stream().filter(k -> !words.has(k)).toList())
                .as("keys missing from messages/%s.properties", bundle)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyEntryIsUsed(String bundle) {
        String code = String.join("\n", bundle.equals("words") ? sources(SOURCES) : sources(SOURCES.resolve(bundle)));
        Set<String> prefixes = bundle.equals("words") ? Set.of() : matches(List.of(code), MODULE_PREFIX);
        List<String> unused = new TreeSet<>(Words.of(bundle).keys())
                .stream()
                        .filter(k -> !code.contains("\"" + k + "\""))
                        .filter(k -> prefixes.stream().noneMatch(k::startsWith))
                        .toList();
        assertThat(unused)
                .as("entries in messages/%s.properties no code reads", bundle)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noEntryUsesWordsTheStyleGuideAsksUsToAvoid(String bundle) {
        Words words = Words.of(bundle);
        List<String> found = new ArrayList<>();
        for (String key : words.keys()) {
            String text = words.text(key, 2, 2, 2, 2, 2, 2, 2, 2).toLowerCase(Locale.UK);
            for (String avoid : AVOID) {
                if (Pattern.compile("(?<![\\w-])" + Pattern.quote(avoid) + "(?![\\w-])")
                        .matcher(text)
                        .find()) {
                    found.add(key + ": " + avoid);
                }
            }
        }
        assertThat(found).as("messages/%s.properties", bundle).isEmpty();
    }

    private static List<String> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> matches(List<String> texts, Pattern pattern) {
        Set<String> found = new HashSet<>();
        for (String text : texts) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
