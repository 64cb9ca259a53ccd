package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.ae.ActionTaken;
import org.vigia.ae.AdverseEvent;
import org.vigia.ae.AdverseEventDetails;
import org.vigia.ae.AdverseEventQueries;
import org.vigia.ae.AdverseEventService;
import org.vigia.ae.AeOutcome;
import org.vigia.ae.Causality;
import org.vigia.ae.ImmuneRelatedCategory;
import org.vigia.ae.SeriousnessCriterion;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.PartialDate;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.SubjectLookup;
import org.vigia.terminology.Terminology;

/**
 * Adverse events of one subject: list, record, read, change (with version and reason), sign (investigators, with
 * the password), mark the initial SAE report sent; the CDASH listing.
 */
@Path("studies/{registryId}/subjects/{id}/adverse-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdverseEventResource {

    @Inject
    private SubjectLookup lookup;

    @Inject
    private Terminology terminology;

    @Inject
    private AdverseEventService service;

    @Inject
    private AdverseEventQueries queries;

    /** Causality and action for one agent id (see {@code GET .../adverse-events/agents}). */
    public record AttributionBody(@MaxLength(TextLimits.DEFINITION_CODE) String agentId, Causality causality,
            ActionTaken actionTaken) {
    }

    /**
     * An AE as sent: {@code meddraCode} or {@code term}; dates ISO 8601, possibly partial ("2026-03"); {@code awareness}
     * an ISO instant; {@code version} and {@code reason} for a change.
     */
    public record AdverseEventBody(@MaxLength(TextLimits.MEDDRA_CODE) String meddraCode,
            @MaxLength(TextLimits.CTCAE_TERM) String term, @MaxLength(TextLimits.AE_VERBATIM) String verbatim,
            @MaxLength(TextLimits.DATE_TEXT) String onset, @MaxLength(TextLimits.DATE_TEXT) String end,
            Boolean ongoing, Integer grade, @MaxLength(TextLimits.DATE_TEXT) String gradeSince, Boolean serious,
            List<SeriousnessCriterion> seriousnessCriteria, Instant awareness,
            List<@Valid AttributionBody> attributions,
            AeOutcome outcome, Boolean immuneRelated, ImmuneRelatedCategory immuneCategory,
            @MaxLength(TextLimits.AE_TREATMENT_GIVEN) String treatmentGiven,
            @MaxLength(TextLimits.AE_BASELINE_CONDITION) String baselineCondition, Long version,
            @MaxLength(TextLimits.REASON) String reason) {
    }

    public record SignatureBody(@MaxLength(TextLimits.PASSWORD) String password, Long version) {
    }

    public record ReportSentBody(Long version, Instant reportedAt) {
    }

    @GET
    public List<AdverseEventJson> list(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return service.list(id).stream().map(AdverseEventJson::of).toList();
    }

    /** The agents (and radiotherapy) an AE of this subject is attributed to. */
    @GET
    @Path("agents")
    public List<AdverseEventDetails.Attribution> agents(@PathParam("registryId") String registryId,
            @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return service.agentsFor(id);
    }

    /** The subject's AEs as CDASH variables (AETERM, AEDECOD, AELLTCD, ..., AEREL_agent, AEACN_agent, AEOUT). */
    @GET
    @Path("cdash")
    public List<Map<String, String>> cdash(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return queries.listing(id).stream().map(l -> l.cdash()).toList();
    }

    @POST
    @Idempotent
    public Response create(@PathParam("registryId") String registryId, @PathParam("id") Long id,
            AdverseEventBody body) {
        RequestBodies.valid(body);
        AdverseEvent ae = service.record(registryId, id, details(body));
        return Response.status(201).entity(AdverseEventJson.of(ae)).build();
    }

    @GET
    @Path("{aeId}")
    public AdverseEventJson get(@PathParam("registryId") String registryId, @PathParam("id") Long id,
            @PathParam("aeId") Long aeId) {
        return AdverseEventJson.of(ofSubject(registryId, id, aeId));
    }

    @PUT
    @Path("{aeId}")
    public AdverseEventJson update(@PathParam("registryId") String registryId, @PathParam("id") Long id,
            @PathParam("aeId") Long aeId, AdverseEventBody body) {
        RequestBodies.valid(body);
        ofSubject(registryId, id, aeId);
        return AdverseEventJson.of(service.update(aeId, RequestBodies.required(body.version(), "version"),
                details(body), body.reason()));
    }

    @POST
    @Path("{aeId}/signature")
    public AdverseEventJson sign(@PathParam("registryId") String registryId, @PathParam("id") Long id,
            @PathParam("aeId") Long aeId, SignatureBody body) {
        RequestBodies.valid(body);
        ofSubject(registryId, id, aeId);
        return AdverseEventJson.of(service.sign(aeId, body.version(), RequestBodies.required(body.password(), "password")));
    }

    @POST
    @Path("{aeId}/sae-report-sent")
    public AdverseEventJson reportSent(@PathParam("registryId") String registryId, @PathParam("id") Long id,
            @PathParam("aeId") Long aeId, ReportSentBody body) {
        RequestBodies.valid(body);
        ofSubject(registryId, id, aeId);
        return AdverseEventJson.of(service.initialReportSent(aeId, RequestBodies.required(body.version(), "version"),
                body.reportedAt()));
    }

    AdverseEventDetails details(AdverseEventBody b) {
        String code = b.meddraCode();
        if ((code == null || code.isBlank()) && b.term() != null) {
            code = terminology.ctcae().findByTerm(b.term()).map(t -> t.meddraCode())
                    .orElseThrow(() -> new InvalidInput("term", Text.of(Bundle.AE, "ae.term.unknown", b.term())));
        }
        List<AdverseEventDetails.Attribution> attributions = b.attributions() == null ? List.of()
                : b.attributions().stream().map(a -> new AdverseEventDetails.Attribution(
                        RequestBodies.required(a.agentId(), "agentId"), null, a.causality(), a.actionTaken())).toList();
        return new AdverseEventDetails(code, b.verbatim(), date(b.onset(), "onset"), date(b.end(), "end"),
                b.ongoing() == null ? b.end() == null : b.ongoing(), b.grade(), date(b.gradeSince(), "gradeSince"),
                b.serious(), b.seriousnessCriteria() == null ? Set.of() : Set.copyOf(b.seriousnessCriteria()),
                b.awareness(), attributions, b.outcome(), Boolean.TRUE.equals(b.immuneRelated()), b.immuneCategory(),
                b.treatmentGiven(), b.baselineCondition());
    }

    private static PartialDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e instanceof PartialDate.Invalid p ? p.text() : Text.plain(e.getMessage()));
        }
    }

    private AdverseEvent ofSubject(String registryId, Long id, Long aeId) {
        lookup.inStudy(registryId, id);
        AdverseEvent ae = service.get(aeId);
        if (!ae.getSubjectId().equals(id)) {
            throw new RecordNotFound("Adverse event", aeId);
        }
        return ae;
    }
}
