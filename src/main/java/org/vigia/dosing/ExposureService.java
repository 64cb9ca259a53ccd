package org.vigia.dosing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Exposure per subject and agent from the recorded administrations ({@link ExposureCalculator}): cumulative dose
 * (mg and mg/m²), relative dose intensity, holds (lines not given), reductions (a dose level below the previous
 * one) and discontinuations with their reasons; and the study's deviation log.
 */
@Stateless
public class ExposureService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private SubjectService subjects;
    @Inject
    private StudyService studies;
    @Inject
    private AccessGuard access;
    @Inject
    private DosingService dosing;

    /** The subject's exposure to each agent recorded at least once, in the definition's agent order. */
    public List<AgentExposure> exposure(Long subjectId) {
        Subject subject = subjects.get(subjectId);
        DosingDefinition definition = dosing.definitionOf(subject);
        return exposureOf(definition.study(), subject.getArmId(), dosing.administrations(subjectId));
    }

    /**
     * The exposure to each agent of {@code study} recorded at least once in {@code lines} (one subject's
     * administration records in date order), in the definition's agent order. The one computation of exposure:
     * the dosing screen and the DMC report both use it.
     */
    public static List<AgentExposure> exposureOf(StudyDefinition study, String armId,
                                                 List<TreatmentAdministration> lines) {
        Map<String, List<TreatmentAdministration>> byAgent = new LinkedHashMap<>();
        for (Agent agent : study.agents()) {
            List<TreatmentAdministration> mine = lines.stream().filter(l -> l.getAgentId().equals(agent.id())).toList();
            if (!mine.isEmpty()) {
                byAgent.put(agent.id(), mine);
            }
        }
        List<TreatmentPhase> phases = study.findArm(armId).map(a -> a.phases()).orElse(List.of());
        List<AgentExposure> result = new ArrayList<>();
        ExposureCalculator calculator = new ExposureCalculator();
        for (Map.Entry<String, List<TreatmentAdministration>> e : byAgent.entrySet()) {
            Agent agent = study.getAgent(e.getKey());
            List<DoseAdministration> given = new ArrayList<>();
            List<DoseModificationEvent> events = new ArrayList<>();
            BigDecimal previousPercent = new BigDecimal("100");
            Integer cycleLength = null;
            for (TreatmentAdministration l : e.getValue()) {
                if (cycleLength == null) {
                    cycleLength = phases.stream().filter(p -> p.id().equals(l.getPhaseId())).findFirst()
                            .map(TreatmentPhase::cycleLengthDays).orElse(null);
                }
                switch (l.getStatus()) {
                    case GIVEN -> {
                        // cycles are numbered per phase: the exposure counts them as phase:cycle
                        given.add(new DoseAdministration(agent.id(), cycleKey(phases, l), l.getAdministeredOn(),
                                l.getAdministeredMg(), l.getPlannedFullMg(), l.getBsaM2()));
                        if (l.getDosePercent().compareTo(previousPercent) < 0) {
                            events.add(new DoseModificationEvent(agent.id(), l.getAdministeredOn(),
                                    DoseModificationEvent.Kind.REDUCTION, reduction(previousPercent, l)));
                        }
                        previousPercent = l.getDosePercent();
                    }
                    case NOT_GIVEN -> events.add(new DoseModificationEvent(agent.id(), l.getAdministeredOn(),
                            DoseModificationEvent.Kind.HOLD, l.getNotGivenReason()));
                    case DISCONTINUED -> events.add(new DoseModificationEvent(agent.id(), l.getAdministeredOn(),
                            DoseModificationEvent.Kind.DISCONTINUATION, l.getNotGivenReason()));
                }
            }
            int length = cycleLength == null ? 21 : cycleLength;
            result.add(new AgentExposure(agent.id(), agent.name(), length,
                    calculator.exposure(agent.id(), length, given, events)));
        }
        return result;
    }

    /** "Dose level 100 % → 80 %", with the departure reason the form gave. */
    private static Text reduction(BigDecimal previousPercent, TreatmentAdministration l) {
        return l.getDepartureReason() == null
                ? Text.of(Bundle.DOSING, "dose.modification.reduction", plain(previousPercent), plain(l.getDosePercent()))
                : Text.of(Bundle.DOSING, "dose.modification.reductionBecause", plain(previousPercent),
                        plain(l.getDosePercent()), l.getDepartureReason());
    }

    private static int cycleKey(List<TreatmentPhase> phases, TreatmentAdministration l) {
        int index = 0;
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(l.getPhaseId())) {
                index = i;
            }
        }
        return index * 1000 + l.getCycle();
    }

    /** The deviation log of a study at the caller's sites, newest first. */
    public List<DeviationLogEntry> deviations(String registryId) {
        Study study = studies.getByRegistryId(registryId);
        access.requireStudy(study.getId(), registryId);
        Set<Long> sites = access.visibleSiteIds(study.getId());
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select d from DeviationLogEntry d where d.studyId = :s"
                        + (sites == null ? "" : " and d.siteId in :sites") + " order by d.occurredOn desc, d.id desc",
                        DeviationLogEntry.class).setParameter("s", study.getId());
        if (sites != null) {
            query.setParameter("sites", sites);
        }
        return query.getResultList();
    }

    /** Number of dose deviations per subject of a study (for the DMC report). */
    public Map<Long, Long> deviationCounts(Long studyId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        em.createQuery("select d.subjectId, count(d) from DeviationLogEntry d where d.studyId = :s group by d.subjectId",
                Object[].class).setParameter("s", studyId).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
