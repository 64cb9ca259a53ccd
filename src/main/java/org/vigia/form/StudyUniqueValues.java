package org.vigia.form;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.Subject;

/**
 * The values of items marked {@code unique: STUDY} (a sample ID, {@code BS[n].BSREFID}) are each used once in the
 * study: a save is refused when a value appears on two rows of the form, or on a row of another record of the same form
 * of any subject of the study (the other records of the subject included). Values are compared without case and
 * surrounding spaces ({@code bs-001 } is {@code BS-001}). Each refusal names the item path; the other record is not
 * named (it may be at a site the caller does not see).
 * <p>
 * Called by {@link FormService#save} once the engine has read the values, before anything is stored:
 * <pre>{@code
 * StudyUniqueValues.check(em, s, def, existing.map(FormRecord::getId).orElse(null), result);
 * }</pre>
 * Two saves running at the same moment with the same new value may both pass (there is no database constraint across
 * records); the window is one transaction.
 */
public final class StudyUniqueValues {

    private StudyUniqueValues() {
    }

    /**
     * Refuses ({@link InvalidInput}, every path at fault) values of {@code unique: STUDY} items of {@code result} that
     * repeat within the save or are held by another record of the form in the subject's study.
     *
     * @param recordId the record being saved, null for a new one (its own stored values are not "another record")
     */
    public static void check(EntityManager em, Subject subject, FormDefinition def, Long recordId, FormResult result) {
        Map<ItemPath, String> unique = uniqueValues(def, result.values());
        if (unique.isEmpty()) {
            return;
        }
        FieldErrors errors = new FieldErrors();
        Map<ItemPath, Text> within = duplicatesWithin(def, unique);
        within.forEach((p, t) -> errors.require(false, p.toString(), t));
        Map<String, List<String>> keysByItem = new LinkedHashMap<>();
        unique.forEach((p, v) -> keysByItem.computeIfAbsent(p.item(), k -> new ArrayList<>()).add(key(v)));
        for (Map.Entry<String, List<String>> e : keysByItem.entrySet()) {
            TypedQuery<String> query = em.createQuery("select upper(trim(v.value)) from FormItemValue v, FormRecord r,"
                            + " Subject s where v.formRecordId = r.id and r.subjectId = s.id and s.studyId = :study"
                            + " and r.formOid = :form and v.itemOid = :item and upper(trim(v.value)) in :keys"
                            + (recordId == null ? "" : " and r.id <> :record"), String.class)
                    .setParameter("study", subject.getStudyId()).setParameter("form", def.oid())
                    .setParameter("item", e.getKey()).setParameter("keys", e.getValue());
            if (recordId != null) {
                query.setParameter("record", recordId);
            }
            List<String> taken = query.getResultList();
            if (taken.isEmpty()) {
                continue;
            }
            unique.forEach((p, v) -> {
                if (p.item().equals(e.getKey()) && taken.contains(key(v)) && !within.containsKey(p)) {
                    Item item = def.item(p.item()).orElseThrow();
                    errors.require(false, p.toString(), Text.of(Bundle.FORM, "form.refused.uniqueInStudy", item.label(), v));
                }
            });
        }
        errors.throwIfAny();
    }

    /**
     * The values on the rows of one save that repeat a value of an earlier row (the later rows are named, with the
     * row that holds it first).
     */
    static Map<ItemPath, Text> duplicatesWithin(FormDefinition def, Map<ItemPath, String> unique) {
        Map<ItemPath, Text> out = new LinkedHashMap<>();
        Map<String, ItemPath> first = new HashMap<>();
        unique.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ItemPath earlier = first.putIfAbsent(e.getKey().item() + "\u0000" + key(e.getValue()), e.getKey());
            if (earlier != null) {
                Item item = def.item(e.getKey().item()).orElseThrow();
                out.put(e.getKey(), Text.of(Bundle.FORM, "form.refused.uniqueInForm", item.label(), e.getValue(), earlier));
            }
        });
        return out;
    }

    /** The values of the save whose item is {@code unique: STUDY}. */
    static Map<ItemPath, String> uniqueValues(FormDefinition def, Map<ItemPath, String> values) {
        Map<ItemPath, String> out = new LinkedHashMap<>();
        values.forEach((p, v) -> {
            if (def.item(p.item()).map(Item::uniqueInStudy).orElse(false) && !v.isBlank()) {
                out.put(p, v);
            }
        });
        return out;
    }

    /** How two values are compared: upper case, without surrounding spaces (as the query's upper(trim(...))). */
    static String key(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
