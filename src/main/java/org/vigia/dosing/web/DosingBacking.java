package org.vigia.dosing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.dosing.AdministrationEntry;
import org.vigia.dosing.AgentExposure;
import org.vigia.dosing.AgentPlan;
import org.vigia.dosing.DosingService;
import org.vigia.dosing.DosingSheet;
import org.vigia.dosing.ExposureService;
import org.vigia.dosing.TreatmentAdministration;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.SubmitGuard;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code dosing/subject.xhtml?subject=ID}: the treatment administration form of one subject for a day of a
 * cycle (planned doses, recommendation and the AEs behind it, pre-cycle gate), recording one agent at a time, the
 * administrations recorded so far and the exposure.
 */
@Named
@ViewScoped
public class DosingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SubmitGuard guard = new SubmitGuard();

    @Inject
    private DosingService dosing;
    @Inject
    private ExposureService exposureService;
    @Inject
    private SubjectService subjects;
    @Inject
    private SiteService sites;

    /** The {@code subject} view parameter, as text: an id that is not a number is refused like one that does not exist. */
    private String subjectParam;
    private Long subjectId;
    private String subjectLabel;
    private String zone;
    private List<TreatmentPhase> phases;
    /** Agent names of the subject's study definition, by id. */
    private Map<String, String> agentNames = Map.of();
    private String phase;
    private Integer cycle = 1;
    private Integer day = 1;
    private String on = LocalDate.now().toString();
    @DecimalDigits(integer = 5, fraction = 1)
    private BigDecimal heightCm;
    @DecimalDigits(integer = 5, fraction = 1)
    private BigDecimal weightKg;
    private DosingSheet sheet;
    private List<TreatmentAdministration> recorded;
    private List<AgentExposure> exposure;

    private String agent;
    private String status = "GIVEN";
    @DecimalDigits(integer = 5, fraction = 2)
    private BigDecimal dosePercent;
    @DecimalDigits(integer = 11, fraction = 1)
    private BigDecimal administeredMg;
    private String infusionStart;
    private String infusionStop;
    @MaxLength(TextLimits.DETAILS)
    private String notGivenReason;
    @MaxLength(TextLimits.DETAILS)
    private String departureReason;
    private boolean acceptDeviation;
    @MaxLength(TextLimits.DETAILS)
    private String gateOverrideReason;
    @MaxLength(TextLimits.DETAILS)
    private String scheduleDeviationReason;
    @MaxLength(TextLimits.DETAILS)
    private String delayReason;

    /**
     * The view action of {@code dosing/subject.xhtml?subject=ID} ({@code f:viewParam subject}). A subject the caller may
     * not see, or none, answers 404 like the other subject pages (the exception handler); a refusal of the subject
     * as it stands (e.g. not enrolled yet) is shown on the page, without forms.
     */
    public void open() {
        try {
            subjectId = ViewParams.id(subjectParam, "Subject");
            Subject s = subjects.get(subjectId);
            subjectLabel = s.label();
            zone = sites.find(s.getSiteId()).map(Site::getTimeZone).orElse("UTC");
            phases = dosing.phases(subjectId);
            agentNames = new LinkedHashMap<>(dosing.agentNames(subjectId));
            phase = phases.isEmpty() ? null : phases.get(0).id();
            refreshLists();
        } catch (InvalidInput e) { // the page shows why, without a sheet
            subjectId = null;
            Messages.refused(e);
        }
    }

    /** Shows the form for the chosen phase, cycle and day. */
    public void load() {
        sheet = dosing.sheet(subjectId, phase, cycle == null ? 1 : cycle, day == null ? 1 : day, date(on, "on"),
                heightCm, weightKg);
        heightCm = sheet.heightCm();
        weightKg = sheet.weightKg();
        if (!sheet.agents().isEmpty() && (agent == null || sheet.agents().stream().noneMatch(p -> p.agent().id().equals(agent)))) {
            agent = sheet.agents().get(0).agent().id();
        }
        prefill();
    }

    /** Puts the recommended level and planned dose of the chosen agent into the entry fields. */
    public void prefill() {
        AgentPlan p = selectedPlan();
        if (p != null) {
            dosePercent = p.recommendedPercent();
            administeredMg = p.planned() == null ? null : p.planned().plannedDoseMg();
        }
    }

    public void record() {
        if (!guard.allowsSave()) {
            return;
        }
        LocalDate date = date(on, "on");
        TreatmentAdministration a = dosing.record(subjectId, new AdministrationEntry(agent, phase, cycle, day, date,
                TreatmentAdministration.Status.valueOf(status), notGivenReason, dosePercent, administeredMg, heightCm,
                weightKg, time(date, infusionStart, "infusionStart"), time(date, infusionStop, "infusionStop"),
                departureReason, acceptDeviation, gateOverrideReason, scheduleDeviationReason, delayReason));
        Messages.info(Bundle.DOSING, "dose.recorded", a.getAgentId(), a.getStatus());
        notGivenReason = departureReason = gateOverrideReason = infusionStart = infusionStop = null;
        scheduleDeviationReason = delayReason = null;
        acceptDeviation = false;
        refreshLists();
        load();
    }

    private void refreshLists() {
        recorded = dosing.administrations(subjectId);
        exposure = exposureService.exposure(subjectId);
    }

    private static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? LocalDate.now() : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Text.of(Bundle.DOSING, "dose.invalid.dateFormat"));
        }
    }

    private Instant time(LocalDate date, String hhmm, String field) {
        if (hhmm == null || hhmm.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(hhmm.trim()).atDate(date).atZone(ZoneId.of(zone)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Text.of(Bundle.DOSING, "dose.invalid.timeFormat"));
        }
    }

    public AgentPlan selectedPlan() {
        if (sheet == null || agent == null) {
            return null;
        }
        return sheet.agents().stream().filter(p -> p.agent().id().equals(agent)).findFirst().orElse(null);
    }

    /** The name of agent {@code id} in the subject's study definition, else the id ({@code #{dosingBacking.agentName(a.agentId)}}). */
    public String agentName(String id) {
        return id == null ? "" : agentNames.getOrDefault(id, id);
    }

    /** The name of phase {@code id} of the subject's arm, else the id ({@code #{dosingBacking.phaseName(a.phaseId)}}). */
    public String phaseName(String id) {
        if (id == null || phases == null) {
            return id == null ? "" : id;
        }
        return phases.stream().filter(p -> p.id().equals(id)).map(TreatmentPhase::name).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(id);
    }

    public String getSubjectParam() { return subjectParam; }
    public void setSubjectParam(String subjectParam) { this.subjectParam = subjectParam; }
    public Long getSubjectId() { return subjectId; }

    public String getSubjectLabel() { return subjectLabel; }
    public String getZone() { return zone; }
    public List<TreatmentPhase> getPhases() { return phases; }
    public String getPhase() { return phase; }
    public void setPhase(String phase) { this.phase = phase; }
    public Integer getCycle() { return cycle; }
    public void setCycle(Integer cycle) { this.cycle = cycle; }
    public Integer getDay() { return day; }
    public void setDay(Integer day) { this.day = day; }
    public String getOn() { return on; }
    public void setOn(String on) { this.on = on; }
    public BigDecimal getHeightCm() { return heightCm; }
    public void setHeightCm(BigDecimal heightCm) { this.heightCm = heightCm; }
    public BigDecimal getWeightKg() { return weightKg; }
    public void setWeightKg(BigDecimal weightKg) { this.weightKg = weightKg; }
    public DosingSheet getSheet() { return sheet; }
    public List<TreatmentAdministration> getRecorded() { return recorded; }
    public List<AgentExposure> getExposure() { return exposure; }
    public String getAgent() { return agent; }
    public void setAgent(String agent) { this.agent = agent; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public BigDecimal getDosePercent() { return dosePercent; }
    public void setDosePercent(BigDecimal dosePercent) { this.dosePercent = dosePercent; }
    public BigDecimal getAdministeredMg() { return administeredMg; }
    public void setAdministeredMg(BigDecimal administeredMg) { this.administeredMg = administeredMg; }
    public String getInfusionStart() { return infusionStart; }
    public void setInfusionStart(String infusionStart) { this.infusionStart = infusionStart; }
    public String getInfusionStop() { return infusionStop; }
    public void setInfusionStop(String infusionStop) { this.infusionStop = infusionStop; }
    public String getNotGivenReason() { return notGivenReason; }
    public void setNotGivenReason(String notGivenReason) { this.notGivenReason = notGivenReason; }
    public String getDepartureReason() { return departureReason; }
    public void setDepartureReason(String departureReason) { this.departureReason = departureReason; }
    public boolean isAcceptDeviation() { return acceptDeviation; }
    public void setAcceptDeviation(boolean acceptDeviation) { this.acceptDeviation = acceptDeviation; }
    public String getGateOverrideReason() { return gateOverrideReason; }
    public void setGateOverrideReason(String gateOverrideReason) { this.gateOverrideReason = gateOverrideReason; }

    public String getScheduleDeviationReason() { return scheduleDeviationReason; }
    public void setScheduleDeviationReason(String reason) { this.scheduleDeviationReason = reason; }
    public String getDelayReason() { return delayReason; }
    public void setDelayReason(String delayReason) { this.delayReason = delayReason; }

    public SubmitGuard getGuard() {
        return guard;
    }
}
