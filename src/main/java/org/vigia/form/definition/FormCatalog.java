package org.vigia.form.definition;

import java.util.ArrayList;
import java.util.List;
import org.vigia.shared.ClasspathIndex;

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

    public static final String INDEX = ClasspathIndex.INDEX;

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
        return loadFromClasspath(folder, ClasspathIndex.loaderFor(FormCatalog.class));
    }

    public static FormCatalog loadFromClasspath(String folder, ClassLoader loader) {
        List<Entry> entries = new ArrayList<>();
        for (ClasspathIndex.File f : ClasspathIndex.read(folder, loader,
                resource -> new FormDefinitionException(resource, List.of("not found on the classpath")))) {
            FormDefinition form = FormDefinitionReader.read(f.stream(), f.resource());
            entries.add(new Entry(f.resource(), f.text(), f.sha256(), form));
        }
        return new FormCatalog(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public FormLibrary library() {
        return library;
    }
}
