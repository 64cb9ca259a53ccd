package org.vigia.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Terminology sits below the clinical features: it imports only platform and shared code of Vigia, no web or REST
 * API, and lab grading never uses binary floating point (the checks the AE package had while grading lived there).
 */
class TerminologyPackagePurityTest {

    private static final Path ROOT = Path.of("src/main/java/org/vigia/terminology");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> offenders(Pattern pattern) throws IOException {
        return sources().stream().filter(p -> pattern.matcher(read(p)).find()).map(Path::toString).toList();
    }

    @Test
    void importsNoFeatureAndNoWebApi() throws IOException {
        assertEquals(List.of(), offenders(Pattern.compile(
                "^import\\s+(static\\s+)?org\\.vigia\\.(?!terminology\\.|platform\\.|shared\\.)", Pattern.MULTILINE)));
        assertEquals(List.of(), offenders(Pattern.compile(
                "^import\\s+(jakarta\\.faces|jakarta\\.ws\\.rs|jakarta\\.servlet|javax|org\\.primefaces)\\.", Pattern.MULTILINE)));
    }

    @Test
    void gradingUsesNoDoubleOrFloat() throws IOException {
        assertEquals(List.of(), offenders(Pattern.compile("\\b(double|float|Double|Float)\\b")));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
