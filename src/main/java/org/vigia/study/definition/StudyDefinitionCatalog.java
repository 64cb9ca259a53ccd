package org.vigia.study.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.vigia.shared.ClasspathIndex;

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
    public static final String INDEX = ClasspathIndex.INDEX;

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
        return loadFromClasspath(folder, ClasspathIndex.loaderFor(StudyDefinitionCatalog.class));
    }

    /** As {@link #loadFromClasspath(String)} with an explicit class loader. */
    public static StudyDefinitionCatalog loadFromClasspath(String folder, ClassLoader loader) {
        List<Entry> entries = new ArrayList<>();
        for (ClasspathIndex.File f : ClasspathIndex.read(folder, loader,
                resource -> new StudyDefinitionException(resource, List.of("not found on the classpath")))) {
            StudyDefinition definition = StudyDefinitionReader.read(f.stream(), f.resource());
            if (entries.stream().anyMatch(e -> e.definition().registryId().equals(definition.registryId()))) {
                throw new StudyDefinitionException(f.resource(),
                        List.of("registryId " + definition.registryId() + " is defined by two files"));
            }
            entries.add(new Entry(f.resource(), f.text(), f.sha256(), definition));
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
}
