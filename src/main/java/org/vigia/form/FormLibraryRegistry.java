package org.vigia.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.FormDefinitionReader;
import org.vigia.form.definition.FormLibrary;

/**
 * The form library of the application: every stored form version ({@link StoredFormDefinition}), parsed and
 * validated once, then served from memory. Stored versions never change, so a record's form version is always
 * there, even when its file has left {@code config/forms/}.
 * <pre>{@code
 * @Inject FormLibraryRegistry forms;
 * FormDefinition entered = forms.library().version(record.getFormOid(), record.getFormVersion()).orElseThrow();
 * }</pre>
 */
@ApplicationScoped
public class FormLibraryRegistry implements org.vigia.subject.VisitFormProcedures {

    @PersistenceContext
    private EntityManager em;

    private volatile FormLibrary library;

    private volatile java.util.Set<String> procedures;

    public FormLibrary library() {
        FormLibrary known = library;
        if (known == null) {
            synchronized (this) {
                if (library == null) {
                    library = read();
                }
                known = library;
            }
        }
        return known;
    }

    /** Forgets the parsed library (the loader stored new versions). */
    void reset() {
        library = null;
        procedures = null;
    }

    /** The procedures of the newest version of every form: a visit listing one is complete when its form is. */
    @Override
    public java.util.Set<String> procedures() {
        java.util.Set<String> known = procedures;
        if (known == null) {
            known = library().latest().stream().map(FormDefinition::procedure)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            procedures = known;
        }
        return known;
    }

    private FormLibrary read() {
        List<FormDefinition> forms = em.createQuery("select d from StoredFormDefinition d order by d.id",
                        StoredFormDefinition.class).getResultStream()
                .map(d -> FormDefinitionReader.read(new ByteArrayInputStream(d.getContent().getBytes(StandardCharsets.UTF_8)),
                        d.getSourceName() + " (stored, form " + d.getFormOid() + " version " + d.getFormVersion() + ")"))
                .toList();
        return FormLibrary.of(forms);
    }
}
