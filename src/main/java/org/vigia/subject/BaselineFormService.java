package org.vigia.subject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.EditConflict;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TumourClassification;
import org.vigia.terminology.Terminology;

/**
 * Reads and saves the baseline forms of a subject: validated by {@link BaselineFormRules}, optimistic concurrency
 * on the version the caller loaded (a stale one is an {@link EditConflict}), audited field by field (changing a
 * saved value needs a reason).
 * <pre>{@code
 * BaselineFormView v = baseline.save(subjectId, BaselineFormType.VITALS, null, Map.of("heightCm", "170", ...), null);
 * List<BaselineCondition> atBaseline = baseline.baselineConditions(subjectId);   // for the AE feature
 * }</pre>
 */
@Stateless
public class BaselineFormService {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyPeriods periods;

    @Inject
    private Terminology terminology;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private SiteService sites;

    /** A form as stored: version null when never saved. */
    public record BaselineFormView(BaselineFormType type, Long version, boolean complete, Map<String, Object> data) {
    }

    public Map<BaselineFormType, BaselineFormView> all(Long subjectId) {
        subjects.get(subjectId);
        Map<BaselineFormType, BaselineFormView> m = new EnumMap<>(BaselineFormType.class);
        for (BaselineFormType t : BaselineFormType.values()) {
            m.put(t, new BaselineFormView(t, null, false, new LinkedHashMap<>()));
        }
        em.createQuery("select f from BaselineForm f where f.subjectId = :s", BaselineForm.class)
                .setParameter("s", subjectId).getResultList()
                .forEach(f -> m.put(f.getType(), view(f)));
        return m;
    }

    public BaselineFormView get(Long subjectId, BaselineFormType type) {
        subjects.get(subjectId);
        return find(subjectId, type).map(BaselineFormService::view)
                .orElseGet(() -> new BaselineFormView(type, null, false, new LinkedHashMap<>()));
    }

    /**
     * Saves a form. {@code expectedVersion}: the version loaded, null for a form never saved. Every field error is
     * reported at once ({@link InvalidInput} with the fields).
     */
    public BaselineFormView save(Long subjectId, BaselineFormType type, Long expectedVersion, Map<String, Object> data,
                                 String reason) {
        Subject s = subjects.get(subjectId);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "baseline of " + s.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.DATA_MANAGER, Role.ADMIN);
        Optional<BaselineForm> existing = find(subjectId, type);
        if (existing.isPresent() ? !Objects.equals(expectedVersion, existing.get().getVersion())
                : expectedVersion != null && expectedVersion != 0) {
            throw new EditConflict(Text.of(Bundle.SUBJECT, "record.baselineForm", type.name(), s.label()));
        }
        new FieldErrors().textsAtMost("", data, TextLimits.FORM_TEXT).throwIfAny();
        BaselineFormRules.Context context = context(s);
        Map<String, Object> clean = BaselineFormRules.validate(type, data, context);
        Map<String, Object> before = existing.map(f -> flatten(read(f.getData()))).orElseGet(LinkedHashMap::new);
        Map<String, Object> after = flatten(clean);
        before.keySet().forEach(k -> after.putIfAbsent(k, null));
        if (existing.isEmpty()) {
            after.put("formType", type.name());
        }
        String action = existing.isPresent() ? "UPDATE" : "CREATE";
        List<AuditEntry> changes = AuditEntry.of(action, "BaselineForm", null)
                .scope(s.getStudyId(), s.getSiteId(), s.label()).changes(before, after);
        boolean editsSaved = changes.stream().anyMatch(c -> c.oldValue() != null);
        if (editsSaved && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", Text.of(Bundle.SUBJECT, "refused.reason"));
        }
        BaselineForm form = existing.orElseGet(() -> new BaselineForm(subjectId, type));
        form.store(write(clean), BaselineFormRules.isComplete(type, clean, context.tumour()), access.caller());
        if (existing.isEmpty()) {
            em.persist(form);
        }
        em.flush();
        List<AuditEntry> rows = new ArrayList<>();
        AuditEntry.of(action, "BaselineForm", form.getId()).scope(s.getStudyId(), s.getSiteId(), s.label())
                .changes(before, after).forEach(c -> rows.add(editsSaved ? c.reason(reason) : c));
        audit.recordAll(rows);
        return view(form);
    }

    /** Medical history and baseline signs/symptoms with their CTCAE term and grade (the AE feature's baseline). */
    public List<BaselineCondition> baselineConditions(Long subjectId) {
        BaselineFormView v = get(subjectId, BaselineFormType.MEDICAL_HISTORY);
        List<BaselineCondition> out = new ArrayList<>();
        if (v.data().get("items") instanceof List<?> items) {
            for (Object o : items) {
                if (o instanceof Map<?, ?> m && m.get("grade") != null) {
                    out.add(new BaselineCondition(String.valueOf(m.get("category")), String.valueOf(m.get("term")),
                            m.get("meddraCode") == null ? null : m.get("meddraCode").toString(),
                            Integer.parseInt(m.get("grade").toString()),
                            m.get("onset") == null ? null : m.get("onset").toString(), Boolean.TRUE.equals(m.get("ongoing"))));
                }
            }
        }
        return out;
    }

    /** Counts of complete forms per subject, for the subject matrix. */
    public int formCount() {
        return BaselineFormType.values().length;
    }

    BaselineFormRules.Context context(Subject s) {
        StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
        return new BaselineFormRules.Context(s.getConsentDate(), def.bsa().formula(), terminology.ctcae(),
                def.tumourClassification(), sites.today(s.getSiteId()), periods.of(s));
    }

    /** The tumour classification of a subject's study definition (sites, T/N/M, stages, HPV/p16 statuses). */
    public TumourClassification tumourClassification(Long subjectId) {
        Subject s = subjects.get(subjectId);
        return studies.definition(s.getStudyId(), s.getDefinitionVersion()).tumourClassification();
    }

    /** The BSA formula of a subject's study definition. */
    public org.vigia.shared.clinical.BodySurfaceAreaFormula bsaFormula(Long subjectId) {
        Subject s = subjects.get(subjectId);
        return studies.definition(s.getStudyId(), s.getDefinitionVersion()).bsa().formula();
    }

    private Optional<BaselineForm> find(Long subjectId, BaselineFormType type) {
        return em.createQuery("select f from BaselineForm f where f.subjectId = :s and f.type = :t", BaselineForm.class)
                .setParameter("s", subjectId).setParameter("t", type).getResultStream().findFirst();
    }

    private static BaselineFormView view(BaselineForm f) {
        return new BaselineFormView(f.getType(), f.getVersion(), f.isComplete(), read(f.getData()));
    }

    /** Field name → value, list items as {@code items[0].term}. */
    static Map<String, Object> flatten(Map<String, Object> data) {
        Map<String, Object> flat = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> m) {
                        int idx = i;
                        m.forEach((ik, iv) -> flat.put(k + "[" + idx + "]." + ik, iv));
                    } else {
                        flat.put(k + "[" + i + "]", list.get(i));
                    }
                }
            } else {
                flat.put(k, v);
            }
        });
        return flat;
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable stored form", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
