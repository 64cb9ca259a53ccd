package org.vigia.subject.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.MaxEntries;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.study.CriterionResult;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.subject.EligibilityService.EligibilityView;
import org.vigia.subject.EligibilityService;
import org.vigia.subject.SubjectLookup;
import org.vigia.subject.api.SubjectResource.SubjectJson;

/**
 * The eligibility form of a subject: read with every criterion's evaluation, save (same rules as the screen),
 * and record a screen failure when not eligible.
 */
@Path("studies/{registryId}/subjects/{id}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject
    private EligibilityService eligibility;

    @Inject
    private SubjectLookup lookup;

    public record CriterionJson(String id, String kind, String type, String label, String source, String labTest,
                                String unit, String threshold, boolean conditional, String anyOf, String status,
                                BigDecimal value, String valueText, String thresholdApplied, String message,
                                String overrideReason, Map<String, Object> entry, boolean computed,
                                List<LabResultJson> screeningResults) {
    }

    /** A lab result of the screening window the criterion's value may be taken from. */
    public record LabResultJson(Long id, String test, java.time.LocalDate collectedOn, BigDecimal value, String unit,
                                BigDecimal canonicalValue) {
    }

    public record ConditionJson(String code, String label) {
    }

    public record EligibilityJson(Long subjectId, String subjectLabel, String definitionVersion, Long version,
                                  String outcome, List<String> reasons, List<String> conditions,
                                  List<ConditionJson> availableConditions, List<CriterionJson> criteria,
                                  java.time.LocalDate screeningWindowFrom, java.time.LocalDate screeningWindowTo) {
    }

    public record EligibilityUpdate(
            Long version,
            Map<String, Map<String, Object>> entries,
            @MaxEntries(20) List<@MaxLength(TextLimits.DEFINITION_CODE) String> conditions,
            @MaxEntries(100) Map<@MaxLength(TextLimits.DEFINITION_CODE) String, @MaxLength(TextLimits.REASON) String> overrides,
            @MaxLength(TextLimits.REASON) String reason) {
    }

    public record ScreenFailure(Long version) {
    }

    @GET
    public EligibilityJson get(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return json(eligibility.view(id));
    }

    @PUT
    public EligibilityJson put(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                               EligibilityUpdate body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return json(eligibility.save(id, body.version(), body.entries(),
                body.conditions() == null ? null : new LinkedHashSet<>(body.conditions()), body.overrides(), body.reason()));
    }

    @POST
    @Path("screen-failure")
    public SubjectJson screenFailure(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                                     ScreenFailure body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return SubjectJson.of(eligibility.recordScreenFailure(id, RequestBodies.required(body.version(), "version")));
    }

    static EligibilityJson json(EligibilityView v) {
        List<CriterionJson> criteria = v.definition().eligibility().stream().map(c -> {
            CriterionResult r = v.assessment().get(c.id());
            return criterion(c, r, v.entries().get(c.id()), v.labResults().get(c.id()));
        }).toList();
        return new EligibilityJson(v.subject().getId(), v.subject().label(), v.subject().getDefinitionVersion(),
                v.version(), v.assessment().outcome().name(), v.assessment().reasons(), List.copyOf(v.conditions()),
                v.definition().subjectConditions().stream().map(s -> new ConditionJson(s.code(), s.label())).toList(),
                criteria, v.windowFrom(), v.windowTo());
    }

    private static CriterionJson criterion(EligibilityCriterion c, CriterionResult r, Map<String, Object> entry,
                                           List<org.vigia.subject.ScreeningLabs.ScreeningResult> results) {
        return new CriterionJson(c.id(), c.kind().name(), c.type().name(), c.label(), c.source(), c.labTest(), c.unit(),
                c.thresholdText(), c.conditional(), c.anyOf(), r.status().name(), r.value(), r.valueText(),
                r.thresholdText(), r.message(), r.overrideReason(), entry == null ? Map.of() : entry,
                c.isAge() && !c.conditional(),
                results == null ? null : results.stream().map(l -> new LabResultJson(l.id(), l.test().name(),
                        l.collectedOn(), l.value(), l.unit(), l.canonicalValue())).toList());
    }
}
