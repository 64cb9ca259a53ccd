package org.vigia.dosing.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigia.dosing.AdverseEventSnapshot;
import org.vigia.dosing.DoseDecision;
import org.vigia.dosing.DoseDecisionService;
import org.vigia.dosing.LabResult;
import org.vigia.dosing.PreCycleFailure;
import org.vigia.dosing.PreCycleResult;
import org.vigia.terminology.LabTest;
import org.vigia.platform.api.JacksonJson;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * The study's dose rules as a service: {@code POST dose-decision} (the dose-modification table over given adverse
 * events) and {@code POST pre-cycle-check} (the pre-cycle lab gate over given values). Fields that do not apply are
 * null in the answer. The class path is {@code studies} like the study resource's, so that JAX-RS pools their
 * methods (a more literal class path would take {@code GET studies/{registryId}} away from it).
 */
@Path("studies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoseDecisionResource {

    @Inject
    private DoseDecisionService decisions;

    public record AdverseEventJson(
            @MaxLength(TextLimits.CTCAE_TERM) String term,
            Integer grade,
            Boolean immuneRelated,
            @MaxLength(TextLimits.CODE) String immuneRelatedCategory) {
    }

    public record DecisionRequest(
            @MaxLength(TextLimits.DEFINITION_CODE) String agent,
            List<@Valid AdverseEventJson> adverseEvents,
            @DecimalDigits(integer = 5, fraction = 2) BigDecimal currentDosePercent) {
    }

    public record DecisionJson(String action, Integer resumeWhenGradeAtMost, BigDecimal resumeDosePercent,
                               List<String> reasons) {
        static DecisionJson of(DoseDecision d) {
            return new DecisionJson(d.action().name(), d.resumeWhenGradeAtMost(), plain(d.resumeDosePercent()), d.reasons());
        }
    }

    /** 80 rather than 80.0 or 8E+1. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public record LabJson(
            @MaxLength(TextLimits.LAB_TEST) String test,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal value,
            @MaxLength(TextLimits.LAB_UNIT) String unit,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal uln) {
    }

    public record LabsRequest(List<@Valid LabJson> labs) {
    }

    public record FailureJson(String test, BigDecimal value, String unit, String threshold, String reason, String message) {
        static FailureJson of(PreCycleFailure f) {
            return new FailureJson(f.test(), f.value(), f.unit(), f.threshold(), f.reason().name(), f.message());
        }
    }

    public record PreCycleJson(boolean go, List<FailureJson> failures) {
        static PreCycleJson of(PreCycleResult r) {
            return new PreCycleJson(r.go(), r.failures().stream().map(FailureJson::of).toList());
        }
    }

    @POST
    @Path("{registryId}/dose-decision")
    public Response decide(@PathParam("registryId") String registryId, DecisionRequest body) {
        RequestBodies.valid(body);
        List<AdverseEventSnapshot> events = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        List<AdverseEventJson> given = body.adverseEvents() == null ? List.of() : body.adverseEvents();
        for (int i = 0; i < given.size(); i++) {
            AdverseEventJson e = given.get(i);
            boolean ok = e != null && e.term() != null && !e.term().isBlank() && e.grade() != null
                    && e.grade() >= 0 && e.grade() <= 5;
            errors.require(ok, "adverseEvents[" + i + "]", Text.of(Bundle.DOSING, "dose.invalid.adverseEvent"));
            if (ok) {
                events.add(new AdverseEventSnapshot(null, e.term(), e.grade(), Boolean.TRUE.equals(e.immuneRelated()),
                        e.immuneRelatedCategory()));
            }
        }
        errors.throwIfAny();
        return JacksonJson.ok(DecisionJson.of(decisions.decide(registryId, body.agent(), events, body.currentDosePercent())));
    }

    @POST
    @Path("{registryId}/pre-cycle-check")
    public Response preCycleCheck(@PathParam("registryId") String registryId, LabsRequest body) {
        RequestBodies.valid(body);
        List<LabJson> given = body.labs() == null ? List.of() : body.labs();
        FieldErrors errors = new FieldErrors();
        List<LabResult> labs = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            LabJson l = given.get(i);
            boolean known = l != null && l.test() != null && LabTest.byCode(l.test()).isPresent();
            errors.require(known, "labs[" + i + "].test",
                    Text.of(Bundle.DOSING, "dose.invalid.labTest", String.valueOf(l == null ? null : l.test())));
            errors.require(l != null && l.value() != null, "labs[" + i + "].value",
                    Text.of(Bundle.DOSING, "dose.required.labValue"));
            if (known && l.value() != null) {
                labs.add(new LabResult(l.test().toUpperCase(Locale.ROOT), l.value(), l.unit(), l.uln(), null));
            }
        }
        errors.throwIfAny();
        return JacksonJson.ok(PreCycleJson.of(decisions.preCycleCheck(registryId, labs)));
    }
}
