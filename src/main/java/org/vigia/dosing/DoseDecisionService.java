package org.vigia.dosing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.PreCycleLabCriteria;

/**
 * The dose-modification and pre-cycle rules of a study's current definition, applied to data given by the caller
 * rather than to a subject (the decision API). The same engine as the dosing form.
 */
@Stateless
public class DoseDecisionService {

    @Inject
    private StudyService studies;
    @Inject
    private AccessGuard access;

    /** The current definition of a study the caller has a role in (404 for an unknown study). */
    public DosingDefinition definition(String registryId) {
        Study study = studies.getByRegistryId(registryId);
        access.requireStudy(study.getId(), registryId);
        return DosingDefinition.of(studies.currentDefinition(study.getId()));
    }

    /**
     * The decision for an agent (id or name, case-insensitive) over the given adverse events.
     *
     * @throws InvalidInput for an unknown agent or a study without dose-modification rules
     */
    public DoseDecision decide(String registryId, String agentIdOrName, List<AdverseEventSnapshot> events,
                               BigDecimal currentDosePercent) {
        DosingDefinition definition = definition(registryId);
        if (agentIdOrName == null || agentIdOrName.isBlank()) {
            throw new InvalidInput("agent", text("dose.required.agentParameter"));
        }
        Agent agent = definition.findAgent(agentIdOrName).orElseThrow(() -> new InvalidInput("agent",
                text("dose.refused.unknownAgentIn", agentIdOrName, registryId, String.valueOf(definition.agents()
                        .stream().map(a -> a.id() + " (" + a.name() + ")").toList()))));
        if (definition.doseModification() == null) {
            throw new InvalidInput(text("dose.refused.noModificationRules", registryId));
        }
        BigDecimal percent = currentDosePercent == null ? new BigDecimal("100") : currentDosePercent;
        if (percent.signum() <= 0 || percent.compareTo(new BigDecimal("100")) > 0) {
            throw new InvalidInput("currentDosePercent", text("dose.invalid.currentDosePercent"));
        }
        return definition.doseModificationPolicy().decide(DoseDecisionRequest.of(agent.id(), agent.agentClass(),
                percent, events));
    }

    /** The pre-cycle gate over labs without dates, taken as drawn today. */
    public PreCycleResult preCycleCheck(String registryId, List<LabResult> labs) {
        DosingDefinition definition = definition(registryId);
        PreCycleLabCriteria criteria = definition.findPreCycleLabs().orElseThrow(() ->
                new InvalidInput(text("dose.refused.noPreCycleLabs", registryId)));
        LocalDate today = LocalDate.now();
        List<LabResult> dated = labs.stream().map(l -> l.collectedOn() != null ? l
                : new LabResult(l.test(), l.value(), l.unit(), l.uln(), today)).toList();
        return new PreCycleCheck().evaluate(criteria, dated, today);
    }

    private static Text text(String key, Object... args) {
        return Text.of(Bundle.DOSING, key, args);
    }
}
