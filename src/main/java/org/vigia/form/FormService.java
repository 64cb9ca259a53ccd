package org.vigia.form;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.ae.AdverseEventQueries;
import org.vigia.ae.AdverseEventSummary;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.form.definition.FormDefinition;
import org.vigia.shared.EditConflict;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.PlannedVisit;
import org.vigia.subject.StudyPeriod;
import org.vigia.subject.StudyPeriods;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.subject.VisitAttachmentService;

/**
 * Forms as data: the form library and the subjects' form records at their visits. One save validates with
 * {@link FormEngine} (the same for the API and the screens), checks the row version the caller loaded (a stale one is
 * an {@link EditConflict}), stores the values and audits them item by item (old, new, and the reason a change of a
 * stored value needs).
 * <pre>{@code
 * FormRecordView v = forms.save(subjectId, "SCR", "EG", null,
 *         Map.of("EG[0].EGDAT", "2026-03-02", "EG[0].QTCF", "520", "EG[0].EGINTP", "NORMAL"), Set.of("EG[0].QTCF"), null);
 * }</pre>
 * Access, as in the other clinical services: the membership checks of {@code AccessGuard} (no {@code @RolesAllowed},
 * which the demo generator's run-as identities do not pass; DMC members are refused by the URL constraints and the
 * API's DMC filter before they reach here); a subject at a site where the caller holds
 * no role is not found (404, audited); saving needs SITE_COORDINATOR, INVESTIGATOR, DATA_MANAGER or ADMIN at the
 * subject's site (403 otherwise, audited).
 */
@Stateless
public class FormService {

    static final String RECORD_TYPE = "FormRecord";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FormLibraryRegistry registry;

    @Inject
    private SubjectService subjects;

    @Inject
    private VisitAttachmentService visits;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private SiteService sites;

    @Inject
    private StudyPeriods periods;

    @Inject
    private AdverseEventQueries adverseEvents;

    /**
     * An adverse event of a subject as a {@code reference: ADVERSE_EVENT} item offers it: its id, CTCAE term, worst
     * grade and onset (ISO, possibly partial).
     */
    public record AdverseEventOption(Long id, String term, int grade, String onset) implements java.io.Serializable {
    }

    /** The subject's adverse events, oldest first, for the drop-down of a {@code reference: ADVERSE_EVENT} item. */
    public List<AdverseEventOption> adverseEventOptions(Long subjectId) {
        subjects.get(subjectId);
        return adverseEvents.all(subjectId).stream()
                .map(e -> new AdverseEventOption(e.id(), e.term(), e.worstGrade(), e.onset())).toList();
    }

    /** The newest version of every form of the library. */
    public List<FormDefinition> library() {
        return registry.library().latest();
    }

    /** The newest version of a form, or {@link RecordNotFound}. */
    public FormDefinition definition(String formOid) {
        return registry.library().latest(formOid).orElseThrow(() -> new RecordNotFound("Form", formOid));
    }

    /** One version of a form, or {@link RecordNotFound}. */
    public FormDefinition definition(String formOid, int version) {
        return registry.library().version(formOid, version)
                .orElseThrow(() -> new RecordNotFound("Form", formOid + " version " + version));
    }

    /** The name of a visit of the subject's schedule ("Induction cycle 2 day 1"), or the code when the plan has none. */
    public String visitName(Long subjectId, String visitCode) {
        Subject s = subjects.get(subjectId);
        return visits.plan(s).stream().filter(v -> v.code().equals(visitCode)).map(PlannedVisit::name).findFirst()
                .orElse(visitCode);
    }

    /** The visits and forms the subject has a record of ({@code "IND-C1D1/VS"}), complete or not, in one query. */
    public Set<String> savedForms(Long subjectId) {
        subjects.get(subjectId);
        return new java.util.HashSet<>(em.createQuery("select concat(r.visitCode, '/', r.formOid) from FormRecord r"
                + " where r.subjectId = :s", String.class).setParameter("s", subjectId).getResultList());
    }

    /** The form records of a subject the caller may see, by visit and form. */
    public List<FormRecordView> records(Long subjectId) {
        subjects.get(subjectId);
        List<FormRecordView> out = new ArrayList<>();
        for (FormRecord r : em.createQuery("select r from FormRecord r where r.subjectId = :s order by r.id", FormRecord.class)
                .setParameter("s", subjectId).getResultList()) {
            out.add(view(r, definition(r.getFormOid(), r.getFormVersion()), stored(r.getId())));
        }
        return out;
    }

    /**
     * The form version of each form record of {@code recordIds} (records that do not exist are left out), for reading
     * their audit rows: no access check of its own, it shows only the definitions (the audit screen checks who reads
     * which rows).
     */
    public Map<Long, FormDefinition> definitionsOf(java.util.Collection<Long> recordIds) {
        Map<Long, FormDefinition> out = new HashMap<>();
        if (recordIds.isEmpty()) {
            return out;
        }
        for (FormRecord r : em.createQuery("select r from FormRecord r where r.id in :ids", FormRecord.class)
                .setParameter("ids", recordIds).getResultList()) {
            registry.library().version(r.getFormOid(), r.getFormVersion()).ifPresent(d -> out.put(r.getId(), d));
        }
        return out;
    }

    /**
     * The record of a form at a visit of the subject; never saved: an empty one under the form's newest version
     * ({@code version} null). 404 for a form the library does not have or a visit the subject's schedule does not have.
     */
    public FormRecordView record(Long subjectId, String visitCode, String formOid) {
        Subject s = subjects.get(subjectId);
        Optional<FormRecord> existing = find(subjectId, visitCode, formOid);
        if (existing.isPresent()) {
            FormRecord r = existing.get();
            return view(r, definition(r.getFormOid(), r.getFormVersion()), stored(r.getId()));
        }
        FormDefinition def = definition(formOid);
        allowedAt(s, visit(s, visitCode), def);
        FormResult empty = FormEngine.evaluate(def, Map.of(), Set.of(), Map.of(), null);
        return new FormRecordView(null, subjectId, visitCode, formOid, def.version(), null, null, Map.of(), Map.of(),
                empty.missing(), null, null, FormScores.of(def, Map.of()));
    }

    /**
     * Saves a form at a visit of the subject: all its values (an item left out has no value; a stored one it had is
     * removed), validated by {@link FormEngine}.
     *
     * @param expectedVersion   the row version loaded; null (or 0) for a form never saved
     * @param values            item path → value as sent
     * @param confirmedWarnings paths whose soft-range warning the user confirms
     * @param reason            why stored values change (required then)
     */
    public FormRecordView save(Long subjectId, String visitCode, String formOid, Long expectedVersion,
                               Map<String, ?> values, Set<String> confirmedWarnings, String reason) {
        Subject s = subjects.get(subjectId);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "forms of subject " + s.label(), Role.SITE_COORDINATOR,
                Role.INVESTIGATOR, Role.DATA_MANAGER, Role.ADMIN);
        Optional<FormRecord> existing = find(subjectId, visitCode, formOid);
        FormDefinition def = existing.map(r -> definition(r.getFormOid(), r.getFormVersion()))
                .orElseGet(() -> definition(formOid));
        if (existing.isEmpty()) {
            allowedAt(s, visit(s, visitCode), def);
        }
        if (existing.isPresent() ? !Objects.equals(expectedVersion, existing.get().getVersion())
                : expectedVersion != null && expectedVersion != 0) {
            throw new EditConflict(Text.of(Bundle.FORM, "record.form", formOid, s.label(), visitCode));
        }
        if (values == null) {
            throw new InvalidInput("values", Text.of(Bundle.MESSAGES, "error.required", "values"));
        }
        Map<ItemPath, FormItemValue> before = existing.map(r -> stored(r.getId())).orElseGet(LinkedHashMap::new);
        Map<String, String> confirmedBefore = new HashMap<>();
        before.forEach((p, v) -> {
            if (v.isWarningConfirmed()) {
                confirmedBefore.put(p.toString(), v.getValue());
            }
        });
        FormResult result = FormEngine.evaluate(def, values, confirmedWarnings, confirmedBefore,
                sites.today(s.getSiteId()).date());
        withinStudy(s, def, result);
        StudyUniqueValues.check(em, s, def, existing.map(FormRecord::getId).orElse(null), result);
        ItemReferences.check(def, result, () -> adverseEvents.all(s.getId()).stream().map(AdverseEventSummary::id).toList());

        List<Change> changes = new ArrayList<>();
        boolean editsSaved = false;
        Set<ItemPath> paths = new LinkedHashSet<>(result.values().keySet());
        paths.addAll(before.keySet());
        for (ItemPath p : paths) {
            FormItemValue old = before.get(p);
            String now = result.values().get(p);
            boolean confirmed = now != null && result.warnings().containsKey(p);
            if (old != null && !old.getValue().equals(now)) {
                editsSaved = true;
            }
            if (old == null ? now != null : !old.getValue().equals(now)) {
                changes.add(new Change(p.toString(), old == null ? null : old.getValue(), now));
            }
            boolean wasConfirmed = old != null && old.isWarningConfirmed();
            if (wasConfirmed != confirmed) {
                changes.add(new Change(p + ".warningConfirmed", old == null ? null : wasConfirmed, now == null ? null : confirmed));
            }
        }
        FormStatus statusBefore = existing.map(FormRecord::getStatus).orElse(null);
        if (statusBefore != result.status()) {
            changes.add(new Change("status", statusBefore, result.status()));
        }
        if (existing.isPresent() && changes.isEmpty()) {
            return view(existing.get(), def, before); // nothing changed: nothing written, the version stays
        }
        if (editsSaved && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", Text.of(Bundle.FORM, "form.refused.reason"));
        }

        FormRecord record = existing.orElseGet(() -> new FormRecord(subjectId, visitCode, def.oid(), def.version(),
                access.caller()));
        record.saved(result.status(), access.caller());
        try {
            if (existing.isEmpty()) {
                em.persist(record);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict(Text.of(Bundle.FORM, "record.form", formOid, s.label(), visitCode));
        } catch (PersistenceException e) {
            if (existing.isEmpty()) { // another save created the record first (uq_form_record)
                throw new EditConflict(Text.of(Bundle.FORM, "record.form", formOid, s.label(), visitCode));
            }
            throw e;
        }
        Map<ItemPath, FormItemValue> after = new LinkedHashMap<>();
        for (ItemPath p : paths) {
            FormItemValue old = before.get(p);
            String now = result.values().get(p);
            boolean confirmed = result.warnings().containsKey(p);
            if (now == null) {
                em.remove(old);
            } else if (old == null) {
                FormItemValue v = new FormItemValue(record.getId(), p, now, confirmed);
                em.persist(v);
                after.put(p, v);
            } else {
                old.change(now, confirmed);
                after.put(p, old);
            }
        }
        List<AuditEntry> rows = new ArrayList<>();
        String action = existing.isPresent() ? "UPDATE" : "CREATE";
        AuditEntry base = AuditEntry.of(action, RECORD_TYPE, record.getId()).scope(s.getStudyId(), s.getSiteId(), s.label());
        if (existing.isEmpty()) {
            rows.add(base.field("form", null, def.oid() + " version " + def.version()));
            rows.add(base.field("visitCode", null, visitCode));
        }
        for (Change c : changes) {
            rows.add(base.field(c.field(), c.before(), c.after()));
        }
        boolean withReason = editsSaved || reason != null && !reason.isBlank();
        audit.recordAll(rows.stream().map(r -> withReason ? r.reason(reason) : r).toList());
        em.flush();
        attachToVisit(s, record, def, result.status(), result.values());
        return view(record, def, after);
    }

    /**
     * A form saved complete fulfils its procedure at its visit, when the visit lists it (not a log such as CM recorded
     * at a visit that does not ask for it): the record is attached there ({@link VisitAttachmentService}), dated by the
     * form's first dated item of the subject's time ({@code studyPeriod}) in a single group (the questionnaire's, the
     * vital signs'), else by the visit's date (typed or from its other records), else by the earliest such date of the
     * rows of a repeating group (a sample's collection), else the site's today. A form that is
     * no longer complete is taken off the visit.
     */
    private void attachToVisit(Subject s, FormRecord record, FormDefinition def, FormStatus status,
                               Map<ItemPath, String> values) {
        Optional<PlannedVisit> visit = visits.plan(s).stream().filter(v -> v.code().equals(record.getVisitCode()))
                .findFirst();
        if (status != FormStatus.COMPLETE || visit.isEmpty()
                || !visit.get().procedures().contains(def.procedure())) {
            visits.detach(RECORD_TYPE, record.getId());
            return;
        }
        LocalDate on = formDate(def, values).orElseGet(() -> {
            LocalDate today = sites.today(s.getSiteId()).date();
            return visits.states(s, today).stream().filter(v -> v.planned().code().equals(record.getVisitCode()))
                    .map(org.vigia.subject.VisitStates.State::date).filter(Objects::nonNull).findFirst()
                    .or(() -> rowDate(def, values)).orElse(today);
        });
        visits.attach(s.getId(), org.vigia.subject.VisitRecord.of(RECORD_TYPE, record.getId(), def.procedure(), on)
                .picked(record.getVisitCode()));
    }

    /**
     * Attaches a stored form record to its visit as a save would ({@link #attachToVisit}); no access check: for the
     * one-off attachment of the records saved before forms counted ({@code FormVisitBackfill}).
     */
    public void attachStored(Long recordId) {
        FormRecord r = em.find(FormRecord.class, recordId);
        Subject s = r == null ? null : em.find(Subject.class, r.getSubjectId());
        if (r == null || s == null) {
            return;
        }
        Map<ItemPath, String> values = new LinkedHashMap<>();
        stored(recordId).forEach((p, v) -> values.put(p, v.getValue()));
        attachToVisit(s, r, definition(r.getFormOid(), r.getFormVersion()), r.getStatus(), values);
    }

    /** The earliest {@code studyPeriod} date of the rows of the form's repeating groups, when there is one. */
    private static Optional<LocalDate> rowDate(FormDefinition def, Map<ItemPath, String> values) {
        return values.entrySet().stream().filter(e -> def.group(e.getKey().group()).map(g -> g.repeating()).orElse(false)
                        && def.item(e.getKey().item()).map(i -> i.type() == org.vigia.form.definition.ItemType.DATE
                        && i.studyPeriod() != null).orElse(false))
                .map(e -> LocalDate.parse(e.getValue())).min(LocalDate::compareTo);
    }

    /** The value of the form's first {@code studyPeriod} date item of a single group, when it has one. */
    static Optional<LocalDate> formDate(FormDefinition def, Map<ItemPath, String> values) {
        for (var g : def.groups()) {
            if (g.repeating()) {
                continue;
            }
            for (var item : g.items()) {
                String value = values.get(new ItemPath(g.oid(), 0, item.oid()));
                if (item.type() == org.vigia.form.definition.ItemType.DATE && item.studyPeriod() != null && value != null) {
                    return Optional.of(LocalDate.parse(value));
                }
            }
        }
        return Optional.empty();
    }

    /** One audited change of a save: an item path (or {@code status}, {@code <path>.warningConfirmed}), old, new. */
    private record Change(String field, Object before, Object after) {
    }

    private Optional<FormRecord> find(Long subjectId, String visitCode, String formOid) {
        return em.createQuery("select r from FormRecord r where r.subjectId = :s and r.visitCode = :v and r.formOid = :f",
                        FormRecord.class).setParameter("s", subjectId).setParameter("v", visitCode)
                .setParameter("f", formOid).getResultStream().findFirst();
    }

    /** The stored values of a record, by path. */
    private Map<ItemPath, FormItemValue> stored(Long recordId) {
        Map<ItemPath, FormItemValue> out = new LinkedHashMap<>();
        em.createQuery("select v from FormItemValue v where v.formRecordId = :r order by v.id", FormItemValue.class)
                .setParameter("r", recordId).getResultList().forEach(v -> out.put(v.path(), v));
        return out;
    }

    /** The planned visit of the subject's schedule with that code, or {@link RecordNotFound}. */
    private PlannedVisit visit(Subject s, String visitCode) {
        return visits.plan(s).stream().filter(v -> v.code().equals(visitCode)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Visit", visitCode));
    }

    /** A form is recorded at a visit that lists its procedure, or at any visit when the form says so. */
    private static void allowedAt(Subject s, PlannedVisit visit, FormDefinition def) {
        if (!def.anyVisit() && !visit.procedures().contains(def.procedure())) {
            throw new InvalidInput("formOid", Text.of(Bundle.FORM, "form.refused.notAtVisit", visit.code(), def.oid(),
                    def.procedure(), String.join(", ", visit.procedures())));
        }
    }

    /**
     * The form's dates that are the subject's (items with {@code studyPeriod}) lie in its time in the study: not before
     * consent (a baseline date within the screening window before it), not after death, as every other record of the
     * subject ({@link StudyPeriod}); each refusal names the item path and the bound.
     */
    private void withinStudy(Subject s, FormDefinition def, FormResult result) {
        StudyPeriod period = null;
        FieldErrors errors = new FieldErrors();
        for (Map.Entry<ItemPath, String> v : result.values().entrySet()) {
            String kind = def.item(v.getKey().item()).map(org.vigia.form.definition.Item::studyPeriod).orElse(null);
            if (kind != null) {
                period = period != null ? period : periods.of(s);
                period.check(errors, StudyPeriod.Kind.valueOf(kind), v.getKey().toString(), LocalDate.parse(v.getValue()));
            }
        }
        errors.throwIfAny();
    }

    /**
     * The view of a stored record: its values in the form's order, the flagged ones with their warnings and the
     * items still missing, as the engine sees the stored values (no date check: they were checked when saved).
     */
    private static FormRecordView view(FormRecord r, FormDefinition def, Map<ItemPath, FormItemValue> values) {
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, String> confirmed = new HashMap<>();
        values.forEach((p, v) -> {
            boolean computed = def.item(p.item()).map(i -> i.computed()).orElse(false);
            if (!computed) {
                raw.put(p.toString(), multi(def, p, v.getValue()));
            }
            if (v.isWarningConfirmed()) {
                confirmed.put(p.toString(), v.getValue());
            }
        });
        FormResult result = FormEngine.evaluate(def, raw, Set.of(), confirmed, null);
        Map<String, String> shown = new LinkedHashMap<>();
        result.values().forEach((p, v) -> shown.put(p.toString(), v));
        Map<String, Text> warnings = new LinkedHashMap<>();
        result.warnings().forEach((p, t) -> warnings.put(p.toString(), t));
        return new FormRecordView(r.getId(), r.getSubjectId(), r.getVisitCode(), r.getFormOid(), r.getFormVersion(),
                r.getStatus(), r.getVersion(), shown, warnings, result.missing(), r.getUpdatedAt(), r.getUpdatedBy(),
                FormScores.of(def, shown));
    }

    /** A stored multiple choice goes back to the engine as its list of codes. */
    private static Object multi(FormDefinition def, ItemPath p, String value) {
        boolean isMulti = def.item(p.item()).map(i -> i.type() == org.vigia.form.definition.ItemType.MULTI_CHOICE)
                .orElse(false);
        return isMulti ? List.of(value.split(",")) : value;
    }
}
