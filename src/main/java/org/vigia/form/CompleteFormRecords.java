package org.vigia.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vigia.form.definition.FormDefinition;

/**
 * A subject's complete form records of the forms that match, each with its form version and stored values, in two
 * queries whatever their number: what the readers of form data for other features (radiotherapy events, the pregnancy
 * test) work from. No access check: the calling feature has made it.
 */
@ApplicationScoped
public class CompleteFormRecords {

    /** One complete record: the row, the form version it was saved under, its values by path. */
    public record Filled(FormRecord record, FormDefinition definition, Map<ItemPath, String> values) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FormLibraryRegistry registry;

    public List<Filled> of(Long subjectId, Predicate<FormDefinition> forms) {
        Map<Long, Filled> byId = new LinkedHashMap<>();
        for (FormRecord r : em.createQuery("select r from FormRecord r where r.subjectId = :s and r.status = :c"
                + " order by r.id", FormRecord.class).setParameter("s", subjectId)
                .setParameter("c", FormStatus.COMPLETE).getResultList()) {
            registry.library().version(r.getFormOid(), r.getFormVersion()).filter(forms)
                    .ifPresent(def -> byId.put(r.getId(), new Filled(r, def, new LinkedHashMap<>())));
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        for (FormItemValue v : em.createQuery("select v from FormItemValue v where v.formRecordId in :ids order by v.id",
                FormItemValue.class).setParameter("ids", byId.keySet()).getResultList()) {
            byId.get(v.getFormRecordId()).values().put(v.path(), v.getValue());
        }
        return new ArrayList<>(byId.values());
    }
}
