package org.vigia.ae;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.account.UserAccount;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.security.SignInService;
import org.vigia.shared.AccessRefused;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.PartialDate;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyService;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectEndDates;
import org.vigia.subject.SubjectLookup;
import org.vigia.subject.SubjectService;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.terminology.CtcaeTerm;
import org.vigia.terminology.Terminology;

/**
 * Records, revises and signs adverse events. Access: the subject's site (404 across sites, through
 * {@link SubjectService#get}); recording and editing by coordinators, investigators, data managers and admins;
 * signing by investigators only, after re-entering the password. Every change is audited field by field in the
 * same transaction; an edit needs a reason, and a change after signing voids the signature.
 * <pre>{@code
 * AdverseEvent ae = service.record(subjectId, details);
 * service.update(ae.getId(), ae.getVersion(), changed, "grade worsened on day 15");
 * service.sign(ae.getId(), password);
 * }</pre>
 */
@Stateless
public class AdverseEventService {

    private static final Role[] RECORDERS = {Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.DATA_MANAGER, Role.ADMIN};

    @PersistenceContext
    private EntityManager em;

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
    private SignInService signIn;

    @Inject
    private SafetyNotifier notifier;

    @Inject
    private SiteService sites;

    @Inject
    private SubjectEndDates endDates;

    @Inject
    private TreatmentStarts treatmentStarts;

    @Inject
    private SubjectLookup lookup;

    /** The agents an AE of this subject is attributed to: the study agents of its arm, then radiotherapy. */
    public List<AdverseEventDetails.Attribution> agentsFor(Long subjectId) {
        return agentsFor(subjects.get(subjectId));
    }

    List<AdverseEventDetails.Attribution> agentsFor(Subject subject) {
        if (subject.getArmId() == null) {
            return List.of();
        }
        StudyDefinition def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        Arm arm = def.findArm(subject.getArmId()).orElse(null);
        if (arm == null) {
            return List.of();
        }
        Map<String, AdverseEventDetails.Attribution> byName = new LinkedHashMap<>();
        boolean radiotherapy = false;
        for (TreatmentPhase phase : arm.phases()) {
            radiotherapy |= !phase.radiotherapyCourses().isEmpty();
            phase.administrations().forEach(a -> def.findAgent(a.agent()).ifPresent(agent -> {
                if (agent.agentClass() == AgentClass.RADIOTHERAPY) {
                    return;
                }
                // the same drug in two phases (cisplatin induction and concurrent) is one suspect agent
                byName.putIfAbsent(agent.name(), new AdverseEventDetails.Attribution(agent.id(), agent.name(), null, null));
            }));
        }
        List<AdverseEventDetails.Attribution> list = new ArrayList<>(byName.values());
        if (radiotherapy) {
            list.add(new AdverseEventDetails.Attribution(AdverseEventAttribution.RADIOTHERAPY, "Radiotherapy", null, null));
        }
        return List.copyOf(list);
    }

    /** The subject's adverse events, oldest first. */
    public List<AdverseEvent> list(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select e from AdverseEvent e where e.subjectId = :s order by e.id", AdverseEvent.class)
                .setParameter("s", subjectId).getResultList();
    }

    /** An AE the caller may see, or {@link RecordNotFound}. */
    public AdverseEvent get(Long aeId) {
        AdverseEvent ae = em.find(AdverseEvent.class, aeId);
        if (ae == null) {
            throw new RecordNotFound("Adverse event", aeId);
        }
        subjects.get(ae.getSubjectId());
        return ae;
    }

    public Subject subjectOf(AdverseEvent ae) {
        return subjects.get(ae.getSubjectId());
    }

    /**
     * Records a new AE of the subject {@code subjectId} of the study {@code registryId} ({@link RecordNotFound} when
     * the subject is not one of that study's, or not at the caller's sites): the lookup and the save in one
     * transaction, so that the subject and the caller's memberships are read once.
     */
    public AdverseEvent record(String registryId, Long subjectId, AdverseEventDetails details) {
        lookup.inStudy(registryId, subjectId);
        return record(subjectId, details, null);
    }

    /** Records a new AE (status SUBMITTED). */
    public AdverseEvent record(Long subjectId, AdverseEventDetails details) {
        return record(subjectId, details, null);
    }

    /** The time for the initial SAE report under the definition the subject's data is entered with. */
    private java.time.Duration saeReportWindow(Subject subject) {
        return studies.definition(subject.getStudyId(), subject.getDefinitionVersion()).safetyReporting()
                .initialReportWindow();
    }

    /** Records a new AE, linked to the lab result it was proposed from when {@code labResultId} is given. */
    public AdverseEvent record(Long subjectId, AdverseEventDetails details, Long labResultId) {
        Subject subject = subjects.get(subjectId);
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(), RECORDERS);
        CtcaeTerm term = check(subject, details, null);
        Instant now = Instant.now();
        AdverseEvent ae = AdverseEvent.record(subjectId, term, withAgentNames(subject, details), labResultId,
                access.caller(), now, saeReportWindow(subject));
        em.persist(ae);
        em.flush();
        audit.recordAll(AuditEntry.of("CREATE", "AdverseEvent", ae.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).changes(Map.of(), ae.describe()));
        if (ae.isSerious()) {
            notifier.seriousAdverseEvent(subject, ae);
        }
        return ae;
    }

    /**
     * Changes an AE. {@code expectedVersion} is the version the caller loaded ({@link EditConflict} otherwise);
     * {@code reason} is required. A change to a signed AE voids the signature (audited as SIGNATURE_VOIDED).
     */
    public AdverseEvent update(Long aeId, long expectedVersion, AdverseEventDetails details, String reason) {
        AdverseEvent ae = get(aeId);
        Subject subject = subjects.get(ae.getSubjectId());
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(), RECORDERS);
        if (ae.getVersion() != expectedVersion) {
            throw new EditConflict(Text.of(Bundle.AE, "ae.record", ae.getTerm(), subject.label()));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", ae.isSigned() ? Text.of(Bundle.AE, "ae.reason.requiredSigned")
                    : Text.of(Bundle.AE, "ae.reason.required"));
        }
        CtcaeTerm term = check(subject, details, ae);
        boolean wasSerious = ae.isSerious();
        Map<String, Object> before = ae.describe();
        boolean voided = ae.revise(withAgentNames(subject, details), term, access.caller(), Instant.now(),
                saeReportWindow(subject));
        List<AuditEntry> entries = new ArrayList<>(AuditEntry.of("UPDATE", "AdverseEvent", ae.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).reason(reason)
                .changes(before, ae.describe()));
        if (voided) {
            entries.add(AuditEntry.of("SIGNATURE_VOIDED", "AdverseEvent", ae.getId())
                    .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).field("status",
                            AdverseEvent.Status.SIGNED, AdverseEvent.Status.SUBMITTED).reason(reason));
        }
        audit.recordAll(entries);
        em.flush();
        if (ae.isSerious() && !wasSerious) {
            notifier.seriousAdverseEvent(subject, ae);
        }
        return ae;
    }

    /**
     * The investigator's electronic signature: re-entered password, printed name, UTC time and the meaning
     * {@link AdverseEvent#SIGNATURE_MEANING}. Refused (403) for anyone who is not an investigator at the site.
     */
    @RolesAllowed(Role.Names.INVESTIGATOR)
    public AdverseEvent sign(Long aeId, Long expectedVersion, String password) {
        AdverseEvent ae = get(aeId);
        Subject subject = subjects.get(ae.getSubjectId());
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "signing AEs of " + subject.label(),
                Role.INVESTIGATOR);
        if (expectedVersion != null && ae.getVersion() != expectedVersion) {
            throw new EditConflict(Text.of(Bundle.AE, "ae.record", ae.getTerm(), subject.label()));
        }
        if (ae.isSigned()) {
            throw new InvalidInput(Text.of(Bundle.AE, "ae.sign.already"));
        }
        String username = access.caller();
        UserAccount user = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new AccessRefused(Text.of(Bundle.AE, "ae.sign.unknownUser")));
        if (!signIn.confirmPassword(username, password)) { // a wrong password counts towards the sign-in lockout
            audit.recordAlways(username, AuditEntry.of("SIGNATURE_REFUSED", "AdverseEvent", ae.getId())
                    .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).reason("wrong password"));
            throw new InvalidInput("password", Text.of(Bundle.AE, "ae.sign.wrongPassword"));
        }
        List<String> missing = ae.getAttributions().stream().filter(a -> a.getCausality() == null)
                .map(AdverseEventAttribution::getAgentName).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("causality", Text.of(Bundle.AE, "ae.sign.causalityMissing", String.join(", ", missing)));
        }
        Instant now = Instant.now();
        ae.sign(username, user.getFullName(), now, AdverseEvent.SIGNATURE_MEANING);
        audit.recordAll(List.of(AuditEntry.of("SIGN", "AdverseEvent", ae.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                .field("signature", null, user.getFullName() + " (" + username + ") " + now + ": "
                        + AdverseEvent.SIGNATURE_MEANING)));
        em.flush();
        return ae;
    }

    /** Records that the initial SAE report was sent (stops the 24-hour clock). */
    public AdverseEvent initialReportSent(Long aeId, long expectedVersion, Instant at) {
        AdverseEvent ae = get(aeId);
        Subject subject = subjects.get(ae.getSubjectId());
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(),
                Role.INVESTIGATOR, Role.SITE_COORDINATOR, Role.ADMIN);
        if (ae.getVersion() != expectedVersion) {
            throw new EditConflict(Text.of(Bundle.AE, "ae.record", ae.getTerm(), subject.label()));
        }
        if (!ae.isSerious()) {
            throw new InvalidInput("serious", Text.of(Bundle.AE, "ae.sae.notSerious"));
        }
        Instant sent = at == null ? Instant.now() : at;
        if (sent.isBefore(ae.getAwarenessAt()) || sent.isAfter(Instant.now())) {
            throw new InvalidInput("reportedAt", Text.of(Bundle.AE, "ae.sae.reportedAtInvalid"));
        }
        Instant old = ae.getSaeReportedAt();
        ae.initialReportSent(sent);
        audit.record(AuditEntry.of("SAE_REPORTED", "AdverseEvent", ae.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).field("saeReportedAt", old, sent));
        em.flush();
        return ae;
    }

    /** The SAEs of a study at the caller's sites, earliest deadline first. */
    public List<SeriousAdverseEventRow> saes(Long studyId) {
        access.requireStudy(studyId, "study " + studyId);
        Set<Long> sites = access.visibleSiteIds(studyId);
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        String jpql = "select e, s from AdverseEvent e, Subject s where e.subjectId = s.id and s.studyId = :st"
                + " and e.serious = true" + (sites == null ? "" : " and s.siteId in :sites") + " order by e.saeDueAt, e.id";
        var q = em.createQuery(jpql, Object[].class).setParameter("st", studyId);
        if (sites != null) {
            q.setParameter("sites", sites);
        }
        Instant now = Instant.now();
        return q.getResultList().stream().map(r -> SeriousAdverseEventRow.of((AdverseEvent) r[0], (Subject) r[1], now))
                .toList();
    }

    /**
     * Checks the values: required fields, CTCAE grade defined for the term, the consistency checks of the form, and
     * the rules against the subject's other records ({@link AdverseEventSubjectRules}). {@code stored} is the AE
     * being changed (null for a new one): a change is refused for a conflict it brings, not for one the stored AE
     * already had (older data, listed on the consistency report), so such a record can still be corrected.
     */
    CtcaeTerm check(Subject subject, AdverseEventDetails d, AdverseEvent stored) {
        Map<String, Text> errors = new LinkedHashMap<>();
        CtcaeTerm term = null;
        if (d.meddraCode() == null || d.meddraCode().isBlank()) {
            errors.put("term", Text.of(Bundle.AE, "ae.term.required"));
        } else {
            term = terminology.ctcae().findByMeddraCode(d.meddraCode().trim()).orElse(null);
            if (term == null) {
                errors.put("term", Text.of(Bundle.AE, "ae.term.unknown", d.meddraCode()));
            }
        }
        if (d.onset() == null) {
            errors.put("onset", Text.of(Bundle.AE, "ae.onset.required"));
        }
        if (d.grade() == null || d.grade() < 1 || d.grade() > 5) {
            errors.put("grade", Text.of(Bundle.AE, "ae.grade.required"));
        }
        if (!d.ongoing() && d.end() == null) {
            errors.put("end", Text.of(Bundle.AE, "ae.end.required"));
        }
        if (d.immuneRelated() && d.immuneCategory() == null) {
            errors.put("immuneCategory", Text.of(Bundle.AE, "ae.immuneCategory.required"));
        }
        if (d.awareness() != null && d.awareness().isAfter(Instant.now().plusSeconds(60))) {
            errors.put("awareness", Text.of(Bundle.AE, "ae.awareness.future"));
        }
        SiteToday today = sites.today(subject.getSiteId());
        if (!today.allows(d.onset())) {
            errors.putIfAbsent("onset", today.future("onset", d.onset()));
        }
        if (!today.allows(d.end())) {
            errors.putIfAbsent("end", today.future("end", d.end()));
        }
        if (!today.allows(d.gradeSince())) {
            errors.putIfAbsent("gradeSince", today.future("gradeSince", d.gradeSince()));
        }
        Set<String> known = new LinkedHashSet<>();
        agentsFor(subject).forEach(a -> known.add(a.agentId()));
        for (AdverseEventDetails.Attribution a : d.attributions()) {
            if (!known.contains(a.agentId())) {
                errors.putIfAbsent("attributions", Text.of(Bundle.AE, "ae.agent.unknown", a.agentId(), known.toString()));
            }
        }
        List<AdverseEventFinding> findings = AdverseEventChecks.check(d.entry(term));
        for (AdverseEventFinding f : findings) {
            errors.putIfAbsent(f.field(), Text.of(Bundle.AE, f.messageKey()));
        }
        if (term != null && d.onset() != null) {
            for (AdverseEventSubjectRules.Violation v : subjectRuleViolations(subject, d, stored)) {
                errors.putIfAbsent(v.field(), v.message());
            }
        }
        if (!errors.isEmpty()) {
            Text message = errors.size() == 1 ? errors.values().iterator().next()
                    : Text.of(Bundle.MESSAGES, "error.fields", errors.size(), List.copyOf(errors.values()));
            throw new AdverseEventInvalid(message, errors, findings);
        }
        return term;
    }

    /** The rules across the subject's records that {@code d} breaks and {@code stored} (if any) did not already. */
    private List<AdverseEventSubjectRules.Violation> subjectRuleViolations(Subject subject, AdverseEventDetails d,
                                                                         AdverseEvent stored) {
        SubjectEndDates.Ends ends = endDates.of(subject.getId());
        // the columns the rule reads: as entities, each AE of the term would also load its attributions and grades
        List<AdverseEventSubjectRules.Episode> others = em.createQuery("select e.id, e.meddraCode, e.term, e.onset,"
                        + " e.endDate from AdverseEvent e where e.subjectId = :s and e.meddraCode = :m order by e.id",
                Object[].class).setParameter("s", subject.getId()).setParameter("m", d.meddraCode().trim())
                .getResultStream().filter(e -> stored == null || !e[0].equals(stored.getId()))
                .map(e -> new AdverseEventSubjectRules.Episode((Long) e[0], (String) e[1], (String) e[2],
                        PartialDate.parse((String) e[3]), e[4] == null || ((String) e[4]).isBlank() ? null
                                : PartialDate.parse((String) e[4])))
                .toList();
        Map<String, String> names = new HashMap<>();
        agentsFor(subject).forEach(a -> names.put(a.agentId(), a.agentName()));
        AdverseEventSubjectRules.SubjectRecords records = new AdverseEventSubjectRules.SubjectRecords(
                subject.getConsentDate(), ends.death().orElse(null), firstGiven(subject), names, others);
        // a new grade applies from gradeSince; on a change without one, from today (UTC), as AdverseEvent#revise dates it
        PartialDate gradeSince = stored == null ? d.gradeSince()
                : d.grade() == null || d.grade() == stored.getGrade() ? null
                : d.gradeSinceOr(PartialDate.of(LocalDate.now(java.time.ZoneOffset.UTC)));
        List<AdverseEventSubjectRules.Violation> found = AdverseEventSubjectRules.check(d, gradeSince, records);
        if (stored == null || found.isEmpty()) {
            return found;
        }
        Set<String> before = new LinkedHashSet<>();
        AdverseEventSubjectRules.check(storedDetails(stored), null, records).forEach(v -> before.add(v.code()));
        return found.stream().filter(v -> !before.contains(v.code())).toList();
    }

    /**
     * Per attribution agent id, the first date the subject was given it: the earliest of the agents of the same name
     * (cisplatin induction and concurrent are one suspect agent), radiotherapy its first delivered fraction.
     */
    private Map<String, LocalDate> firstGiven(Subject subject) {
        List<AdverseEventDetails.Attribution> agents = agentsFor(subject);
        if (agents.isEmpty()) {
            return Map.of();
        }
        TreatmentStarts.Starts starts = treatmentStarts.of(subject.getId());
        StudyDefinition def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        Map<String, LocalDate> out = new HashMap<>();
        for (AdverseEventDetails.Attribution a : agents) {
            if (AdverseEventAttribution.RADIOTHERAPY.equals(a.agentId())) {
                starts.radiotherapy().ifPresent(on -> out.put(a.agentId(), on));
                continue;
            }
            for (Agent agent : def.agents()) {
                if (agent.id().equals(a.agentId()) || agent.name().equals(a.agentName())) {
                    starts.first(agent.id()).ifPresent(on -> out.merge(a.agentId(), on,
                            (x, y) -> x.isBefore(y) ? x : y));
                }
            }
        }
        return out;
    }

    /** The stored AE's values as the subject rules read them. */
    private static AdverseEventDetails storedDetails(AdverseEvent ae) {
        List<AdverseEventDetails.Attribution> attributions = ae.getAttributions().stream()
                .map(a -> new AdverseEventDetails.Attribution(a.getAgentId(), a.getAgentName(),
                        a.getCausality() == null ? null : Causality.valueOf(a.getCausality()), null))
                .toList();
        return new AdverseEventDetails(ae.getMeddraCode(), ae.getVerbatim(), PartialDate.parse(ae.getOnset()),
                ae.getEndDate() == null || ae.getEndDate().isBlank() ? null : PartialDate.parse(ae.getEndDate()),
                ae.isOngoing(), ae.getGrade(), null, ae.isSerious(), Set.of(), null, attributions,
                ae.outcomeValue().orElse(null), ae.isImmuneRelated(), null, null, null);
    }

    /** The attributions as sent, with the agent names of the definition, and a row for every agent of the arm. */
    private AdverseEventDetails withAgentNames(Subject subject, AdverseEventDetails d) {
        List<AdverseEventDetails.Attribution> all = new ArrayList<>();
        for (AdverseEventDetails.Attribution agent : agentsFor(subject)) {
            AdverseEventDetails.Attribution sent = d.attributions().stream()
                    .filter(a -> a.agentId().equals(agent.agentId())).findFirst().orElse(null);
            all.add(new AdverseEventDetails.Attribution(agent.agentId(), agent.agentName(),
                    sent == null ? null : sent.causality(), sent == null ? null : sent.actionTaken()));
        }
        return new AdverseEventDetails(d.meddraCode(), d.verbatimTerm(), d.onset(), d.end(), d.ongoing(), d.grade(),
                d.gradeSince(), d.serious(), d.seriousnessCriteria(), d.awareness(), all, d.outcome(),
                d.immuneRelated(), d.immuneCategory(), d.treatmentGiven(), d.baselineCondition());
    }
}
