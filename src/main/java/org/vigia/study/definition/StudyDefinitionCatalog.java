package org.vigia.study.definition;

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
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The study definitions bundled with Vigia: config/studies/*.yaml, packaged as classpath {@code studies/}.
 * The files are listed in {@code studies/index.txt} (one file name per line, {@code #} comments), because
 * listing a classpath directory inside a WAR is unreliable.
 * <pre>{@code
 * StudyDefinitionCatalog catalog = StudyDefinitionCatalog.loadFromClasspath("studies/");
 * StudyDefinition def = catalog.get("NCT07264075");
 * }</pre>
 * Each {@link Entry} keeps the exact YAML text and its SHA-256 so the service can store the document it loaded.
 */
public final class StudyDefinitionCatalog {

    /** Name of the index file inside the classpath folder. */
    public static final String INDEX = "index.txt";

    /** One loaded file: classpath resource name, its text, SHA-256 (hex) and the parsed definition. */
    public record Entry(String resource, String yaml, String sha256, StudyDefinition definition) {
    }

    private final List<Entry> entries;

    private StudyDefinitionCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Loads every file named in {@code <folder>/index.txt} with the context class loader (falling back to this
     * class's loader). Throws {@link StudyDefinitionException} if the index or a file is missing or invalid, or
     * two files define the same registryId.
     */
    public static StudyDefinitionCatalog loadFromClasspath(String folder) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(StudyDefinitionCatalog.class.getClassLoader());
        return loadFromClasspath(folder, loader);
    }

    /** As {@link #loadFromClasspath(String)} with an explicit class loader. */
    public static StudyDefinitionCatalog loadFromClasspath(String folder, ClassLoader loader) {
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
            StudyDefinition definition = StudyDefinitionReader.read(new ByteArrayInputStream(bytes), resource);
            if (entries.stream().anyMatch(e -> e.definition().registryId().equals(definition.registryId()))) {
                throw new StudyDefinitionException(resource,
                        List.of("registryId " + definition.registryId() + " is defined by two files"));
            }
            entries.add(new Entry(resource, new String(bytes, StandardCharsets.UTF_8), sha256(bytes), definition));
        }
        return new StudyDefinitionCatalog(entries);
    }

    /** The loaded files, in index order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The loaded definitions, in index order. */
    public List<StudyDefinition> definitions() {
        return entries.stream().map(Entry::definition).toList();
    }

    public Optional<StudyDefinition> find(String registryId) {
        return entries.stream().map(Entry::definition).filter(d -> d.registryId().equals(registryId)).findFirst();
    }

    /** The definition for this registry id; throws {@link NoSuchElementException} if none. */
    public StudyDefinition get(String registryId) {
        return find(registryId).orElseThrow(() -> new NoSuchElementException("No study definition " + registryId));
    }

    private static byte[] readResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StudyDefinitionException(resource, List.of("not found on the classpath"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
