package org.vigia.shared.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code names literally ({@code Text.of(Bundle.AE, "ae.saved", ...)}, {@code Messages.text(Bundle.X,
 * "...")}, {@code Messages.info(Bundle.X, "...")}) exists in its bundle in English, Simplified Chinese and French, and no
 * pattern with arguments has a lone single quote (MessageFormat would swallow it and the text after it).
 */
class BundleKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** {@code Bundle.X, "key"} as the first two arguments, the key not continued by {@code +}. */
    private static final Pattern USE = Pattern.compile(
            "(?:Text\\.of|Messages\\.text|Messages\\.info|Texts\\.text)\\(\\s*Bundle\\.(\\w+),\\s*(?:[\\w.()]+,\\s*)?\"([^\"]+)\"(?!\\s*\\+)");

    /** Javadoc and block comments (their examples name keys that need not exist). */
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void everyKeyNamedInTheCodeExistsInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
                while (m.find()) {
                    uses++;
                    Bundle bundle = Bundle.valueOf(m.group(1));
                    for (String suffix : List.of("", "_zh_CN", "_fr")) {
                        if (!properties(bundle, suffix).containsKey(m.group(2))) {
                            missing.add(file.getFileName() + ": " + bundle + suffix + " " + m.group(2));
                        }
                    }
                }
            }
        }
        assertTrue(uses > 100, "the scan found the texts (" + uses + ")");
        assertTrue(missing.isEmpty(), "keys missing from their bundle: " + missing);
    }

    @Test
    void patternsWithArgumentsHaveNoLoneQuote() throws IOException {
        List<String> lone = new ArrayList<>();
        for (Bundle bundle : Bundle.values()) {
            for (String suffix : List.of("", "_zh_CN", "_fr")) {
                Properties p = properties(bundle, suffix);
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    String pattern = p.getProperty(key);
                    if (ARGUMENT.matcher(pattern).find() && hasLoneQuote(pattern)) {
                        lone.add(bundle + suffix + " " + key + "=" + pattern);
                    }
                }
            }
        }
        assertTrue(lone.isEmpty(), "write a single quote as '' in a pattern with arguments: " + lone);
    }

    @Test
    void theQuoteCheckSeesALoneQuote() {
        assertTrue(hasLoneQuote("Can't save {0}"));
        assertTrue(!hasLoneQuote("Can''t save {0}") && !hasLoneQuote("''{0}'' is required") && !hasLoneQuote("'{'{0}'}'"));
    }

    /** A quote that is neither doubled nor quoting a brace. */
    static boolean hasLoneQuote(String pattern) {
        String rest = pattern.replace("''", "").replace("'{'", "").replace("'}'", "");
        return rest.indexOf('\'') >= 0;
    }

    private static Properties properties(Bundle bundle, String suffix) throws IOException {
        Path file = RESOURCES.resolve(bundle.baseName().replace('.', '/') + suffix + ".properties");
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
