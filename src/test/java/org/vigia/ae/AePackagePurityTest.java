package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The AE feature root holds domain, services and repositories but no web or REST API (STYLE.md section 1), and lab
 * grading never uses binary floating point.
 */
class AePackagePurityTest {

    private static final Path ROOT = Path.of("src/main/java/org/vigia/ae");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void importsNoContainerApi() throws IOException {
        Pattern container = Pattern.compile("^import\\s+(jakarta\\.faces|jakarta\\.ws\\.rs|jakarta\\.servlet|javax|org\\.primefaces)\\.",
                Pattern.MULTILINE);
        List<String> offenders = sources().stream().filter(p -> container.matcher(read(p)).find())
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void gradingUsesNoDoubleOrFloat() throws IOException {
        Pattern binary = Pattern.compile("\\b(double|float|Double|Float)\\b");
        List<String> offenders = sources().stream().filter(p -> binary.matcher(read(p)).find())
                .map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
