package org.vigia.form.definition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The form files bundled with Vigia: {@code config/forms/*.yaml}, packaged as classpath {@code forms/} and listed in
 * {@code forms/index.txt} (one file name per line, {@code #} comments; listing a classpath folder inside a WAR is
 * unreliable). Each {@link Entry} keeps the exact YAML text and its SHA-256, so that the application stores the
 * document it loaded; the files together must make a valid {@link FormLibrary}.
 * <pre>{@code
 * FormCatalog catalog = FormCatalog.loadFromClasspath("forms/");
 * FormLibrary library = catalog.library();
 * }</pre>
 */
public final class FormCatalog {

    public static final String INDEX = "index.txt";

    /** One loaded file: resource name, its text, SHA-256 (hex) and the parsed form. */
    public record Entry(String resource, String yaml, String sha256, FormDefinition form) {
    }

    private final List<Entry> entries;
    private final FormLibrary library;

    private FormCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.library = FormLibrary.of(entries.stream().map(Entry::form).toList());
    }

    /** Loads every file of {@code <folder>/index.txt}; {@link FormDefinitionException} when one is missing or invalid. */
    public static FormCatalog loadFromClasspath(String folder) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(FormCatalog.class.getClassLoader());
        return loadFromClasspath(folder, loader);
    }

    public static FormCatalog loadFromClasspath(String folder, ClassLoader loader) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        String index = new String(readResource(loader, prefix + INDEX), StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.replaceFirst("#.*", "").trim();
            if (name.isEmpty()) {
                continue;
            }
            String resource = prefix + name;
            byte[] bytes = readResource(loader, resource);
            FormDefinition form = FormDefinitionReader.read(new ByteArrayInputStream(bytes), resource);
            entries.add(new Entry(resource, new String(bytes, StandardCharsets.UTF_8), sha256(bytes), form));
        }
        return new FormCatalog(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public FormLibrary library() {
        return library;
    }

    private static byte[] readResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FormDefinitionException(resource, List.of("not found on the classpath"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
