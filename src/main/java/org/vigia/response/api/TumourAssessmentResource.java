package org.vigia.response.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.JacksonJson;
import org.vigia.platform.api.RequestBodies;
import org.vigia.response.assessment.ResponseService;
import org.vigia.shared.RecordNotFound;
import org.vigia.subject.SubjectLookup;

/**
 * A subject's RECIST 1.1 tumour assessments: baseline lesions, follow-ups, the investigator's override, and the
 * computed responses with the best overall response. A subject at a site the caller has no role at is 404.
 */
@Path("studies/{registryId}/subjects/{subjectId}/tumour-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tumour assessments", description = "RECIST 1.1 baseline and follow-ups of a subject")
public class TumourAssessmentResource {

    @Inject
    private SubjectLookup lookup;

    @Inject
    private ResponseService responses;

    @GET
    @Operation(summary = "The subject's assessments, time-point responses and best overall response")
    public Response history(@PathParam("registryId") String registryId, @PathParam("subjectId") Long subjectId) {
        lookup.inStudy(registryId, subjectId);
        return JacksonJson.ok(TumourAssessmentJson.History.of(responses.history(subjectId)));
    }

    @PUT
    @Path("baseline")
    @Operation(summary = "Record or change the baseline lesions",
            description = "Lesions: {code, role TARGET|NON_TARGET, organ, diameterMm, method CT|MRI|PET_CT, scannedOn, "
                    + "irradiation SBRT|LOW_DOSE_RT|CONVENTIONAL_RT|NOT_IRRADIATED}. Selection-rule violations are returned "
                    + "as findings, not refused. Changing needs version and reason.")
    public Response baseline(@PathParam("registryId") String registryId, @PathParam("subjectId") Long subjectId,
                             TumourAssessmentJson.BaselineRequest body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, subjectId);
        responses.saveBaseline(subjectId, body.version(), body.assessedOn(), body.lesions(), body.reason());
        return history(registryId, subjectId);
    }

    @POST
    @Path("follow-ups")
    @Operation(summary = "Record a follow-up",
            description = "findings: {lesion, finding, diameterMm}; target: MEASURED (with diameterMm), TOO_SMALL (5 mm), "
                    + "DISAPPEARED (0 mm), NOT_ASSESSED; non-target: PRESENT, ABSENT, NOT_EVALUATED, UNEQUIVOCAL_PROGRESSION "
                    + "(a node's short axis in diameterMm). newLesions: NO, EQUIVOCAL, YES.")
    @Idempotent
    public Response addFollowUp(@PathParam("registryId") String registryId, @PathParam("subjectId") Long subjectId,
                                TumourAssessmentJson.FollowUpRequest body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, subjectId);
        responses.saveFollowUp(subjectId, null, null, body.assessedOn(), body.newLesions(), body.findings(), null);
        return Response.status(201).entity(historyJson(subjectId)).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("follow-ups/{assessmentId}")
    @Operation(summary = "Change a follow-up (version and reason required)")
    public Response changeFollowUp(@PathParam("registryId") String registryId, @PathParam("subjectId") Long subjectId,
                                   @PathParam("assessmentId") Long assessmentId, TumourAssessmentJson.FollowUpRequest body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, subjectId);
        responses.saveFollowUp(subjectId, assessmentId, RequestBodies.required(body.version(), "version"),
                body.assessedOn(), body.newLesions(), body.findings(), body.reason());
        return history(registryId, subjectId);
    }

    @POST
    @Path("follow-ups/{assessmentId}/override")
    @Operation(summary = "Investigator: override the overall response with a reason (audited)")
    public Response override(@PathParam("registryId") String registryId, @PathParam("subjectId") Long subjectId,
                             @PathParam("assessmentId") Long assessmentId, TumourAssessmentJson.OverrideRequest body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, subjectId);
        if (!responses.followUp(assessmentId).getSubjectId().equals(subjectId)) {
            throw new RecordNotFound("Tumour assessment", assessmentId);
        }
        responses.overrideResponse(assessmentId, RequestBodies.required(body.version(), "version"), body.response(),
                body.reason());
        return history(registryId, subjectId);
    }

    private String historyJson(Long subjectId) {
        try {
            return JacksonJson.MAPPER.writeValueAsString(TumourAssessmentJson.History.of(responses.history(subjectId)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
