package org.vigia.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages run under PrimeFaces' nonce Content Security Policy ({@code primefaces.CSP}), which covers PrimeFaces'
 * ajax only: an {@code f:ajax} request carries no nonce and fails ("Missing CSP nonce"). Every page uses
 * {@code p:ajax} ({@code process}/{@code update} instead of {@code execute}/{@code render}).
 */
class PagesUsePrimeFacesAjaxTest {

    @Test
    void noPageUsesFacesAjax() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            offenders = files.filter(f -> f.toString().endsWith(".xhtml")).filter(f -> {
                try {
                    return Files.readString(f).contains("<f:ajax");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), offenders, "use p:ajax: f:ajax fails under PrimeFaces' CSP");
    }
}
