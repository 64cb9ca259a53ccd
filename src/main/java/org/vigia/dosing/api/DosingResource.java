package org.vigia.dosing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vigia.dosing.AdministrationEntry;
import org.vigia.dosing.AgentExposure;
import org.vigia.dosing.AgentPlan;
import org.vigia.dosing.DeliveredFraction;
import org.vigia.dosing.DosingService;
import org.vigia.dosing.DosingSheet;
import org.vigia.dosing.ExposureService;
import org.vigia.dosing.PreCycleFailure;
import org.vigia.dosing.RadiotherapyService;
import org.vigia.dosing.RadiotherapyStatus;
import org.vigia.dosing.TreatmentAdministration;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxEntries;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.subject.SubjectLookup;

/**
 * Treatment administration per subject: the planned form of a day, recording administrations, exposure,
 * radiotherapy fractions. The same rules as the dosing screen. The class path equals the subject resource's so that
 * JAX-RS pools their methods.
 */
@Path("studies/{registryId}/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DosingResource {

    @Inject
    private SubjectLookup lookup;

    @Inject
    private DosingService dosing;
    @Inject
    private ExposureService exposure;
    @Inject
    private RadiotherapyService radiotherapy;

    public record PlanJson(String agent, String name, String agentClass, String doseBasis, BigDecimal dose,
                           BigDecimal recommendedPercent, BigDecimal plannedMg, BigDecimal fullDoseMg, String working,
                           String plannedProblem, String recommendation, BigDecimal recommendedMg,
                           Integer resumeWhenGradeAtMost, BigDecimal resumeDosePercent, List<String> reasons,
                           String infusionWindow, Boolean go, List<String> gateFailures) {
        static PlanJson of(AgentPlan p) {
            return new PlanJson(p.agent().id(), p.agent().name(), p.agent().agentClass().name(), p.agent().doseBasis().name(),
                    p.agent().dose(), p.recommendedPercent(), p.planned() == null ? null : p.planned().plannedDoseMg(),
                    p.planned() == null ? null : p.planned().fullDoseMg(), p.planned() == null ? null : p.planned().working(),
                    p.plannedProblem() == null ? null : p.plannedProblem().english(), p.recommendation().status().name(),
                    p.planned() == null ? null : p.recommendation().recommendedDoseMg(),
                    p.decision().resumeWhenGradeAtMost(), p.decision().resumeDosePercent(), p.decision().reasons(),
                    p.infusionWindow() == null ? null : p.infusionWindow().describe(),
                    p.gated() ? p.gate().go() : null,
                    p.gated() ? p.gate().failures().stream().map(PreCycleFailure::message).toList() : List.of());
        }
    }

    public record SheetJson(Long subjectId, String subject, String arm, String phase, int cycle, int day, LocalDate on,
                            BigDecimal heightCm, BigDecimal weightKg, String measurementsSource, List<PlanJson> agents,
                            LocalDate cycleTarget, LocalDate cycleEarliest, LocalDate cycleLatest) {
        static SheetJson of(DosingSheet s) {
            return new SheetJson(s.subjectId(), s.subjectLabel(), s.armId(), s.phaseId(), s.cycle(), s.day(), s.on(),
                    s.heightCm(), s.weightKg(), s.measurementsSource(), s.agents().stream().map(PlanJson::of).toList(),
                    s.window() == null ? null : s.window().target(), s.window() == null ? null : s.window().earliest(),
                    s.window() == null ? null : s.window().latest());
        }
    }

    public record AdministrationRequest(
            @MaxLength(TextLimits.DEFINITION_CODE) String agent,
            @MaxLength(TextLimits.DEFINITION_CODE) String phase,
            Integer cycle,
            Integer day,
            LocalDate on,
            @MaxLength(TextLimits.CODE) String status,
            @MaxLength(TextLimits.DETAILS) String notGivenReason,
            @DecimalDigits(integer = 5, fraction = 2) BigDecimal dosePercent,
            @DecimalDigits(integer = 11, fraction = 1) BigDecimal administeredMg,
            @DecimalDigits(integer = 5, fraction = 1) BigDecimal heightCm,
            @DecimalDigits(integer = 5, fraction = 1) BigDecimal weightKg,
            Instant infusionStart,
            Instant infusionStop,
            @MaxLength(TextLimits.DETAILS) String departureReason,
            Boolean acceptDeviation,
            @MaxLength(TextLimits.DETAILS) String gateOverrideReason,
            @MaxLength(TextLimits.DETAILS) String scheduleDeviationReason,
            @MaxLength(TextLimits.DETAILS) String delayReason) {
    }

    public record AdministrationJson(Long id, String agent, String phase, int cycle, int day, LocalDate on,
                                     String status, String notGivenReason, BigDecimal dosePercent,
                                     BigDecimal plannedMg, BigDecimal administeredMg, String working, BigDecimal bsaM2,
                                     Integer infusionMinutes, String infusionOutcome, String recommendation,
                                     BigDecimal recommendedMg, String departureReason, String gate,
                                     String gateOverrideReason, LocalDate cycleTargetOn, Integer delayDays,
                                     String delayReason, String recordedBy) {
        static AdministrationJson of(TreatmentAdministration a) {
            return new AdministrationJson(a.getId(), a.getAgentId(), a.getPhaseId(), a.getCycle(), a.getDay(),
                    a.getAdministeredOn(), a.getStatus().name(), a.getNotGivenReason(), a.getDosePercent(),
                    a.getPlannedMg(), a.getAdministeredMg(), a.getWorking(), a.getBsaM2(), a.getInfusionMinutes(),
                    a.getInfusionOutcome(), a.getRecommendation().name(), a.getRecommendedMg(), a.getDepartureReason(),
                    a.getGate().name(), a.getGateOverrideReason(), a.getCycleTargetOn(), a.getDelayDays(),
                    a.getDelayReason(), a.getRecordedBy());
        }
    }

    public record ExposureJson(String agent, String name, int cycles, int administrations, BigDecimal cumulativeDoseMg,
                               BigDecimal cumulativeDoseMgPerM2, BigDecimal relativeDoseIntensityPercent, int holds,
                               int reductions, int discontinuations, List<String> modifications) {
        static ExposureJson of(AgentExposure a) {
            var e = a.exposure();
            return new ExposureJson(a.agentId(), a.agentName(), e.cycles(), e.administrations(), e.cumulativeDoseMg(),
                    e.cumulativeDoseMgPerM2(), e.relativeDoseIntensityPercent(), e.holds(), e.reductions(),
                    e.discontinuations(), e.modifications().stream()
                    .map(m -> m.date() + " " + m.kind() + (m.reason() == null ? "" : ": " + m.reason())).toList());
        }
    }

    public record FractionRequest(
            @MaxLength(TextLimits.DEFINITION_CODE) String course,
            LocalDate on,
            @DecimalDigits(integer = 4, fraction = 2) BigDecimal doseGy,
            @MaxEntries(10)
            Set<@MaxLength(TextLimits.DEFINITION_CODE) String> events) {
    }

    public record CourseJson(String course, String name, BigDecimal prescribedGy, int prescribedFractions,
                             int fractionsDelivered, BigDecimal cumulativeDoseGy, BigDecimal percentOfPrescription,
                             List<String> interruptions, String recommendation, List<String> reasons) {
        static CourseJson of(RadiotherapyStatus s) {
            var d = s.delivery();
            return new CourseJson(s.prescription().course(), s.prescription().name(), s.prescription().totalDoseGy(),
                    s.prescription().fractions(), d.fractionsDelivered(), d.cumulativeDoseGy(), d.percentOfPrescription(),
                    d.interruptions().stream().map(i -> i.firstMissedDay() + "–" + i.lastMissedDay() + " ("
                            + i.missedWorkingDays() + " working days)").toList(),
                    s.recommendation().action().name(), s.recommendation().reasons());
        }
    }

    @GET
    @Path("{id}/dosing-sheet")
    public SheetJson sheet(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                           @QueryParam("phase") String phase, @QueryParam("cycle") Integer cycle,
                           @QueryParam("day") Integer day, @QueryParam("on") String on,
                           @QueryParam("heightCm") BigDecimal heightCm, @QueryParam("weightKg") BigDecimal weightKg) {
        lookup.inStudy(registryId, id);
        RequestBodies.required(phase, "phase");
        LocalDate date;
        try {
            date = on == null || on.isBlank() ? null : LocalDate.parse(on);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("on", "on is a date YYYY-MM-DD.");
        }
        return SheetJson.of(dosing.sheet(id, phase, cycle == null ? 1 : cycle, day == null ? 1 : day, date, heightCm, weightKg));
    }

    @GET
    @Path("{id}/administrations")
    public List<AdministrationJson> administrations(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return dosing.administrations(id).stream().map(AdministrationJson::of).toList();
    }

    @POST
    @Path("{id}/administrations")
    @Idempotent
    public Response record(@PathParam("registryId") String registryId, @PathParam("id") Long id, AdministrationRequest b) {
        RequestBodies.valid(b);
        lookup.inStudy(registryId, id);
        TreatmentAdministration.Status status;
        try {
            status = TreatmentAdministration.Status.valueOf(RequestBodies.required(b.status(), "status"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "status is GIVEN, NOT_GIVEN or DISCONTINUED.");
        }
        TreatmentAdministration a = dosing.record(id, new AdministrationEntry(b.agent(), b.phase(), b.cycle(), b.day(),
                b.on(), status, b.notGivenReason(), b.dosePercent(), b.administeredMg(), b.heightCm(), b.weightKg(),
                b.infusionStart(), b.infusionStop(), b.departureReason(), Boolean.TRUE.equals(b.acceptDeviation()),
                b.gateOverrideReason(), b.scheduleDeviationReason(), b.delayReason()));
        return Response.status(201).entity(AdministrationJson.of(a)).build();
    }

    @GET
    @Path("{id}/exposure")
    public List<ExposureJson> exposure(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return exposure.exposure(id).stream().map(ExposureJson::of).toList();
    }

    @GET
    @Path("{id}/radiotherapy")
    public List<CourseJson> radiotherapy(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return radiotherapy.courses(id).stream().map(CourseJson::of).toList();
    }

    @POST
    @Path("{id}/radiotherapy")
    @Idempotent
    public Response fraction(@PathParam("registryId") String registryId, @PathParam("id") Long id, FractionRequest b) {
        RequestBodies.valid(b);
        lookup.inStudy(registryId, id);
        DeliveredFraction f = radiotherapy.recordFraction(id, RequestBodies.required(b.course(), "course"), b.on(),
                b.doseGy(), b.events() == null ? Set.of() : b.events());
        return Response.status(201).entity(radiotherapy.courses(id).stream()
                .filter(c -> c.prescription().course().equals(f.getCourseId())).map(CourseJson::of).findFirst().orElseThrow())
                .build();
    }

}
