package org.vigia.subject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.AccessRefused;
import org.vigia.shared.EditConflict;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.TextLimits;
import org.vigia.shared.clinical.Sex;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.EligibilityAssessment;
import org.vigia.study.EligibilityInput;
import org.vigia.study.EligibilityOutcome;
import org.vigia.study.EligibilityRules;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;

/**
 * The eligibility form of a subject: evaluated as it is filled (nothing stored), saved (audited per criterion;
 * changing a saved value needs a reason; overrides only by an investigator at the subject's site), and a
 * NOT_ELIGIBLE outcome turned into a screen failure with its reasons. The rules are
 * {@link EligibilityRules} applied to the subject's own definition version.
 * <pre>{@code
 * EligibilityView v = eligibility.save(id, null, Map.of("INC07A_ANC", Map.of("value", "1.6")), Set.of(), Map.of(), null);
 * v.assessment().outcome();   // INCOMPLETE until every criterion has a value
 * }</pre>
 */
@Stateless
public class EligibilityService {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Map<String, Object>>> ENTRIES = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> OVERRIDES = new TypeReference<>() { };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private ScreeningLabs screeningLabs;

    @Inject
    private org.vigia.site.SiteService sites;

    /** The stored form (or an empty one) with its evaluation. */
    public record EligibilityView(Subject subject, StudyDefinition definition, Long version,
                                  Map<String, Map<String, Object>> entries, Set<String> conditions,
                                  Map<String, String> overrides, EligibilityAssessment assessment,
                                  Map<String, List<ScreeningLabs.ScreeningResult>> labResults,
                                  java.time.LocalDate windowFrom, java.time.LocalDate windowTo) {
    }

    /** The screening window of a subject not yet enrolled: SCR windowBeforeDays before screening, to today. */
    private java.time.LocalDate[] window(Subject s, StudyDefinition def) {
        java.time.LocalDate to = s.getEnrolledOn() != null ? s.getEnrolledOn() : sites.today(s.getSiteId()).date();
        java.time.LocalDate from = (s.getEnrolledOn() != null ? s.getEnrolledOn() : s.getScreenedOn())
                .minusDays(EligibilityLabRules.windowDays(def));
        return new java.time.LocalDate[] {from, to};
    }

    /** Per lab criterion id, the subject's results of its test in the window (what the form offers). */
    private Map<String, List<ScreeningLabs.ScreeningResult>> labResults(Subject s, StudyDefinition def,
                                                                        java.time.LocalDate[] w) {
        Map<String, List<ScreeningLabs.ScreeningResult>> m = new LinkedHashMap<>();
        def.eligibility().forEach(c -> EligibilityLabRules.testOf(c)
                .ifPresent(t -> m.put(c.id(), screeningLabs.results(s.getId(), t, w[0], w[1]))));
        return m;
    }

    /**
     * Refuses lab entries of the saved form that match no result collected between {@code from} and {@code to}
     * (the enrolment check: the window before the enrolment date).
     */
    public void requireLabResults(Subject s, java.time.LocalDate from, java.time.LocalDate to) {
        find(s.getId()).ifPresent(f -> EligibilityLabRules.check(studies.definition(s.getStudyId(), s.getDefinitionVersion()),
                read(f.getEntries(), ENTRIES), t -> screeningLabs.results(s.getId(), t, from, to), from, to));
    }

    public EligibilityView view(Long subjectId) {
        Subject s = subjects.get(subjectId);
        StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
        Optional<EligibilityForm> form = find(subjectId);
        Map<String, Map<String, Object>> entries = form.map(f -> read(f.getEntries(), ENTRIES)).orElseGet(LinkedHashMap::new);
        Set<String> conditions = form.map(f -> conditions(f.getConditions())).orElseGet(LinkedHashSet::new);
        Map<String, String> overrides = form.map(f -> read(f.getOverrides(), OVERRIDES)).orElseGet(LinkedHashMap::new);
        EligibilityAssessment a = assess(s, def, entries, conditions, overrides);
        java.time.LocalDate[] w = window(s, def);
        return new EligibilityView(s, def, form.map(EligibilityForm::getVersion).orElse(null), entries, conditions,
                overrides, a, labResults(s, def, w), w[0], w[1]);
    }

    /** Evaluates entered data without storing it (the live form). */
    public EligibilityAssessment evaluate(Long subjectId, Map<String, Map<String, Object>> entries,
                                          Set<String> conditions, Map<String, String> overrides) {
        Subject s = subjects.get(subjectId);
        return assess(s, studies.definition(s.getStudyId(), s.getDefinitionVersion()), entries, conditions, overrides);
    }

    /**
     * Saves the form. {@code expectedVersion}: the version loaded (null when none was stored yet); a stale one is an
     * {@link EditConflict}. Changing or clearing a saved value needs {@code reason}.
     */
    public EligibilityView save(Long subjectId, Long expectedVersion, Map<String, Map<String, Object>> entries,
                                Set<String> conditions, Map<String, String> overrides, String reason) {
        Subject s = subjects.get(subjectId);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "eligibility of " + s.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN);
        StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
        Optional<EligibilityForm> existing = find(subjectId);
        if (existing.isPresent() ? !Objects.equals(expectedVersion, existing.get().getVersion()) : expectedVersion != null && expectedVersion != 0) {
            throw new EditConflict(Text.of(Bundle.SUBJECT, "record.eligibility", s.label()));
        }
        new FieldErrors().textsAtMost("entries", entries, TextLimits.FORM_TEXT)
                .textsAtMost("conditions", conditions == null ? null : List.copyOf(conditions), TextLimits.DEFINITION_CODE)
                .textsAtMost("overrides", overrides, TextLimits.REASON).throwIfAny();
        Map<String, Map<String, Object>> clean = EligibilityEntries.clean(entries);
        requireComputedAge(s, def, clean);
        java.time.LocalDate[] w = window(s, def);
        EligibilityLabRules.check(def, clean, t -> screeningLabs.results(s.getId(), t, w[0], w[1]), w[0], w[1]);
        Set<String> conds = conditions == null ? new LinkedHashSet<>() : new LinkedHashSet<>(conditions);
        Map<String, String> ovr = new LinkedHashMap<>();
        if (overrides != null) {
            overrides.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    ovr.put(k, v.trim());
                }
            });
        }
        Map<String, String> oldOverrides = existing.map(f -> read(f.getOverrides(), OVERRIDES)).orElseGet(Map::of);
        if (!ovr.equals(oldOverrides) && !access.holds(s.getStudyId(), s.getSiteId(), Role.INVESTIGATOR)) {
            audit.recordAlways(access.caller(), AuditEntry.of("ACCESS_REFUSED", "EligibilityForm", subjectId)
                    .scope(s.getStudyId(), s.getSiteId(), s.label()).reason("override of a criterion by a non-investigator"));
            throw new AccessRefused(Text.of(Bundle.SUBJECT, "elig.refused.overrideRole"));
        }
        EligibilityAssessment a = assess(s, def, clean, conds, ovr);

        Map<String, Object> before = existing.map(f -> flatten(read(f.getEntries(), ENTRIES), conditions(f.getConditions()),
                oldOverrides, f.getOutcome())).orElseGet(LinkedHashMap::new);
        Map<String, Object> after = flatten(clean, conds, ovr, a.outcome().name());
        before.keySet().forEach(k -> after.putIfAbsent(k, null));
        EligibilityForm form = existing.orElseGet(() -> new EligibilityForm(subjectId, s.getDefinitionVersion()));
        List<AuditEntry> changes = AuditEntry.of(existing.isPresent() ? "UPDATE" : "CREATE", "EligibilityForm", subjectId)
                .scope(s.getStudyId(), s.getSiteId(), s.label()).changes(before, after);
        boolean editsSaved = changes.stream().anyMatch(c -> c.oldValue() != null && !c.field().equals("outcome"));
        if (editsSaved && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", Text.of(Bundle.SUBJECT, "refused.reason"));
        }
        form.store(write(clean), String.join(",", conds), write(ovr), a.outcome().name(),
                String.join("\n", a.reasons()), access.caller());
        if (existing.isEmpty()) {
            em.persist(form);
        }
        em.flush();
        List<AuditEntry> rows = new ArrayList<>();
        for (AuditEntry c : changes) {
            boolean override = c.field().startsWith("override.");
            if (override) {
                rows.add(new AuditEntry("OVERRIDE", c.entityType(), c.entityId(), c.studyId(), c.siteId(),
                        c.subjectRef(), c.field(), c.oldValue(), c.newValue(), c.newValue() == null ? reason : c.newValue()));
            } else {
                rows.add(editsSaved ? c.reason(reason) : c);
            }
        }
        audit.recordAll(rows);
        return new EligibilityView(s, def, form.getVersion(), clean, conds, ovr, a, labResults(s, def, w), w[0], w[1]);
    }

    /** Records the screen failure of a subject whose saved eligibility outcome is NOT_ELIGIBLE, with its reasons. */
    public Subject recordScreenFailure(Long subjectId, long subjectVersion) {
        Subject s = subjects.getForEdit(subjectId, subjectVersion);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "subject " + s.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN);
        EligibilityView v = view(subjectId);
        if (v.version() == null || v.assessment().outcome() != EligibilityOutcome.NOT_ELIGIBLE) {
            throw new InvalidInput("eligibility", Text.of(Bundle.SUBJECT, "elig.refused.screenFailure",
                    v.version() == null ? Text.of(Bundle.SUBJECT, "elig.refused.notSaved") : v.assessment().outcome()));
        }
        String reasons = String.join("\n", v.assessment().reasons());
        s.failScreening(v.assessment().reasonTexts());
        audit.record(AuditEntry.of("SCREEN_FAILURE", "Subject", s.getId()).scope(s.getStudyId(), s.getSiteId(), s.label())
                .field("status", SubjectStatus.SCREENING, SubjectStatus.SCREEN_FAILED)
                .reason(reasons.length() > 1000 ? reasons.substring(0, 997) + "..." : reasons));
        return s;
    }

    /** The evaluation of the saved form, or empty when none was saved. For the enrolment check. */
    public Optional<EligibilityAssessment> savedAssessment(Subject s) {
        return find(s.getId()).map(f -> assess(s, studies.definition(s.getStudyId(), s.getDefinitionVersion()),
                read(f.getEntries(), ENTRIES), conditions(f.getConditions()), read(f.getOverrides(), OVERRIDES)));
    }

    private Optional<EligibilityForm> find(Long subjectId) {
        return em.createQuery("select f from EligibilityForm f where f.subjectId = :s", EligibilityForm.class)
                .setParameter("s", subjectId).getResultStream().findFirst();
    }

    /**
     * The subject's age for eligibility: in whole years on the consent date (the screening date when consent is not
     * recorded), from the year of birth ({@link Subject#ageOn}). The protocols word it "Age ≥ 18 and &lt; 80 years
     * old at the time of enrolment" (NCT07264075, inclusion 2), "Age between 18 and 75 years" (NCT07041788),
     * "Aged ≥18 years and ≤75 years" (NCT06494995); Vigia takes the age on the day the subject consented, when
     * eligibility is established, and the same age goes into the Cockcroft-Gault clearance.
     */
    static int eligibilityAge(Subject s) {
        return s.ageOn(s.getConsentDate() != null ? s.getConsentDate() : s.getScreenedOn());
    }

    /**
     * The age criterion is computed ({@link #eligibilityAge}): left blank it is filled in; a typed age that differs
     * is refused naming the criterion, the age computed and the dates it comes from.
     */
    static void requireComputedAge(Subject s, StudyDefinition def, Map<String, Map<String, Object>> clean) {
        FieldErrors errors = new FieldErrors();
        int age = eligibilityAge(s);
        for (var c : def.eligibility()) {
            if (!c.isAge() || c.conditional()) {
                continue;
            }
            Map<String, Object> raw = clean.get(c.id());
            Object typed = raw == null ? null : raw.get("value");
            if (typed == null) {
                Map<String, Object> filled = new LinkedHashMap<>(raw == null ? Map.of() : raw);
                filled.put("value", String.valueOf(age));
                clean.put(c.id(), filled);
                continue;
            }
            boolean same;
            try {
                same = new java.math.BigDecimal(typed.toString().trim()).compareTo(java.math.BigDecimal.valueOf(age)) == 0;
            } catch (NumberFormatException e) {
                same = false;
            }
            errors.require(same, c.id(), Text.of(Bundle.SUBJECT, "elig.refused.age", c.id(), typed, age, s.getBirthYear(),
                    s.getConsentDate() != null ? s.getConsentDate() : s.getScreenedOn()));
        }
        errors.throwIfAny();
    }

    static EligibilityAssessment assess(Subject s, StudyDefinition def, Map<String, Map<String, Object>> entries,
                                        Set<String> conditions, Map<String, String> overrides) {
        Map<String, Map<String, Object>> withAge = new LinkedHashMap<>(entries == null ? Map.of() : entries);
        for (var c : def.eligibility()) {
            if (c.isAge() && !c.conditional() && (withAge.get(c.id()) == null || withAge.get(c.id()).get("value") == null)) {
                withAge.put(c.id(), Map.of("value", String.valueOf(eligibilityAge(s))));
            }
        }
        EligibilityInput input = EligibilityEntries.toInput(def, withAge, conditions, overrides,
                eligibilityAge(s), s.getSex());
        return new EligibilityRules().assess(def, input);
    }

    private static Map<String, Object> flatten(Map<String, Map<String, Object>> entries, Set<String> conditions,
                                               Map<String, String> overrides, String outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        entries.forEach((id, raw) -> m.put("criterion." + id, EligibilityEntries.describe(raw)));
        m.put("conditions", conditions.isEmpty() ? null : String.join(",", conditions));
        overrides.forEach((id, why) -> m.put("override." + id, why));
        m.put("outcome", outcome);
        return m;
    }

    private static Set<String> conditions(String csv) {
        Set<String> set = new LinkedHashSet<>();
        if (csv != null && !csv.isBlank()) {
            set.addAll(Arrays.asList(csv.split(",")));
        }
        return set;
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
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
