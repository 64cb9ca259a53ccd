package org.vigia.form.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forms of the library, every version: the newest version of each form, a given version (data keep the version
 * they were entered under), and the form a visit procedure code stands for (a study definition's visit that lists
 * {@code CONMED} asks for the form whose {@code procedure} is {@code CONMED}).
 * <pre>{@code
 * FormLibrary library = FormLibrary.of(List.of(cm1, cm2, ecg1));
 * library.latest("CM");                  // version 2
 * library.forProcedure("ECG");           // the ECG form, newest version
 * }</pre>
 * Two versions of one OID must differ; two forms may not stand for one procedure ({@link FormDefinitionException}).
 */
public final class FormLibrary {

    private final Map<String, Map<Integer, FormDefinition>> byOid;

    private FormLibrary(Map<String, Map<Integer, FormDefinition>> byOid) {
        this.byOid = byOid;
    }

    /** The library of these definitions; refused when two share an OID and version or two OIDs one procedure. */
    public static FormLibrary of(List<FormDefinition> forms) {
        Map<String, Map<Integer, FormDefinition>> byOid = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (FormDefinition f : forms) {
            if (byOid.computeIfAbsent(f.oid(), k -> new LinkedHashMap<>()).putIfAbsent(f.version(), f) != null) {
                problems.add("form " + f.oid() + " version " + f.version() + " is defined twice");
            }
        }
        FormLibrary library = new FormLibrary(byOid);
        Map<String, String> procedure = new HashMap<>();
        for (FormDefinition f : library.latest()) {
            String other = procedure.putIfAbsent(f.procedure(), f.oid());
            if (other != null) {
                problems.add("forms " + other + " and " + f.oid() + " both stand for procedure " + f.procedure());
            }
        }
        if (!problems.isEmpty()) {
            throw new FormDefinitionException("form library", problems);
        }
        return library;
    }

    /** The newest version of every form, by OID. */
    public List<FormDefinition> latest() {
        return byOid.values().stream()
                .map(v -> v.values().stream().max(Comparator.comparing(FormDefinition::version)).orElseThrow())
                .sorted(Comparator.comparing(FormDefinition::oid)).toList();
    }

    public Optional<FormDefinition> latest(String oid) {
        return Optional.ofNullable(byOid.get(oid))
                .flatMap(v -> v.values().stream().max(Comparator.comparing(FormDefinition::version)));
    }

    public Optional<FormDefinition> version(String oid, int version) {
        return Optional.ofNullable(byOid.get(oid)).map(v -> v.get(version));
    }

    /** The form (newest version) that records the visit procedure {@code code}. */
    public Optional<FormDefinition> forProcedure(String code) {
        return latest().stream().filter(f -> f.procedure().equals(code)).findFirst();
    }

    /** Every version of every form. */
    public List<FormDefinition> all() {
        return byOid.values().stream().flatMap(v -> v.values().stream()).toList();
    }
}
