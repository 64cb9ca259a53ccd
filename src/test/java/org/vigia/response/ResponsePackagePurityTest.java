package org.vigia.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The response feature root is pure domain code (STYLE.md section 1): no Jakarta EE or PrimeFaces imports. */
class ResponsePackagePurityTest {

    @Test
    void noContainerImports() throws IOException {
        Path root = Path.of("src/main/java/org/vigia/response");
        List<String> offending;
        try (Stream<Path> files = Files.list(root)) {
            offending = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String source = Files.readString(p);
                            return source.contains("import jakarta.") || source.contains("import org.primefaces.");
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
        assertEquals(List.of(), offending);
    }
}
