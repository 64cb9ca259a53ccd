package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.DoseBasis;
import org.vigia.study.definition.TreatmentPhase;

/**
 * The checks of one line of the treatment administration form that need no database: the fields every line needs,
 * the agent's place in the phase, and the fields of a dose given. Each refuses with {@link InvalidInput} naming the
 * field, in the reader's language ({@link Bundle#DOSING}).
 * <pre>{@code
 * AdministrationChecks.requireEntry(entry, sites.today(siteId), Instant.now());
 * Administration adm = AdministrationChecks.administration(phase, agent, entry);
 * }</pre>
 */
final class AdministrationChecks {

    private static final BigDecimal MAX_PERCENT = new BigDecimal("200");

    private AdministrationChecks() {
    }

    /** The fields every line needs; infusion times up to a minute after {@code now} pass (clock skew). */
    static void requireEntry(AdministrationEntry e, SiteToday today, Instant now) {
        Instant soon = now.plusSeconds(60);
        new FieldErrors()
                .require(e.agent() != null && !e.agent().isBlank(), "agent", text("dose.required.agent"))
                .require(e.phase() != null && !e.phase().isBlank(), "phase", text("dose.required.phase"))
                .require(e.cycle() != null && e.cycle() >= 1, "cycle", text("dose.invalid.cycle"))
                .require(e.day() != null && e.day() >= 1, "day", text("dose.invalid.day"))
                .require(e.on() != null, "on", text("dose.required.on"))
                .require(today.allows(e.on()), "on", today.future("on", e.on()))
                .require(e.infusionStart() == null || !e.infusionStart().isAfter(soon), "infusionStart",
                        text("dose.future.time", "infusionStart", e.infusionStart()))
                .require(e.infusionStop() == null || !e.infusionStop().isAfter(soon), "infusionStop",
                        text("dose.future.time", "infusionStop", e.infusionStop()))
                .require(e.status() != null, "status", text("dose.required.status"))
                .throwIfAny();
    }

    /** The agent's administration in the phase, refusing a day or cycle the phase does not have. */
    static Administration administration(TreatmentPhase phase, Agent agent, AdministrationEntry e) {
        Administration adm = phase.administrations().stream().filter(a -> a.agent().equals(agent.id())).findFirst()
                .orElseThrow(() -> new InvalidInput("agent", text("dose.refused.agentNotInPhase", agent.name(),
                        phase.name())));
        if (!adm.dosingDays().contains(e.day())) {
            throw new InvalidInput("day", text("dose.refused.notADosingDay", agent.name(), String.valueOf(adm.days()),
                    phase.name()));
        }
        if (phase.cycles() != null && e.cycle() > phase.cycles()) {
            throw new InvalidInput("cycle", text("dose.refused.cycles", phase.name(), phase.cycles()));
        }
        return adm;
    }

    /**
     * Day N (N &gt; the agent's first dosing day) of a cycle comes after that cycle's first day of the agent: the
     * first day must be recorded (given or not), and day N is dated no earlier than first day + (N − first).
     * NCT07041788 induction cisplatin "25 mg/m² from day 1 to day 3": day 3 of a cycle whose day 1 was 10 Sep is
     * 12 Sep at the earliest.
     *
     * @param lines the subject's recorded lines
     */
    static void requireAfterDayOne(Administration adm, Agent agent, TreatmentPhase phase, AdministrationEntry e,
                                   List<TreatmentAdministration> lines) {
        int first = adm.dosingDays().get(0);
        if (e.day() <= first) {
            return;
        }
        List<TreatmentAdministration> firstDays = lines.stream().filter(a -> a.getAgentId().equals(agent.id())
                && a.getPhaseId().equals(phase.id()) && a.getCycle() == e.cycle() && a.getDay() == first).toList();
        if (firstDays.isEmpty()) {
            throw new InvalidInput("day", text("dose.refused.dayOneMissing", e.day(), e.cycle(), agent.name(), first));
        }
        LocalDate dayOne = firstDays.stream().filter(a -> a.getStatus() == TreatmentAdministration.Status.GIVEN)
                .map(TreatmentAdministration::getAdministeredOn).findFirst()
                .orElse(firstDays.get(firstDays.size() - 1).getAdministeredOn());
        LocalDate earliest = dayOne.plusDays(e.day() - (long) first);
        if (e.on().isBefore(earliest)) {
            throw new InvalidInput("on", text("dose.refused.dayBeforeDayOne", e.day(), e.cycle(), agent.name(), e.on(),
                    first, dayOne, earliest));
        }
    }

    /** The fields of a dose given: measurements when no dose could be planned, the dose, its level, the infusion. */
    static void requireGiven(AgentPlan plan, AdministrationEntry e, BigDecimal percent, BigDecimal height,
                             BigDecimal weight) {
        Agent agent = plan.agent();
        FieldErrors errors = new FieldErrors();
        if (plan.planned() == null) {
            errors.require(height != null && height.signum() > 0 || agent.doseBasis() != DoseBasis.MG_PER_M2, "heightCm",
                    text("dose.required.height", agent.name()));
            errors.require(weight != null && weight.signum() > 0, "weightKg",
                    text("dose.required.weight", plan.plannedProblem()));
        }
        errors.require(e.administeredMg() != null && e.administeredMg().signum() > 0, "administeredMg",
                text("dose.required.administeredMg"));
        errors.require(percent.signum() > 0 && percent.compareTo(MAX_PERCENT) <= 0, "dosePercent",
                text("dose.invalid.dosePercent"));
        errors.require((e.infusionStart() == null) == (e.infusionStop() == null), "infusionStop",
                text("dose.invalid.infusionBoth"));
        errors.require(e.infusionStart() == null || e.infusionStop() == null
                        || !e.infusionStop().isBefore(e.infusionStart()), "infusionStop",
                text("dose.invalid.infusionOrder"));
        errors.throwIfAny();
    }

    static Text text(String key, Object... args) {
        return Text.of(Bundle.DOSING, key, args);
    }
}
