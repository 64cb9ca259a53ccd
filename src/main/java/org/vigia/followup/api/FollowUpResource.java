package org.vigia.followup.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.FollowUpService;
import org.vigia.followup.SurvivalEventDates;
import org.vigia.followup.TreatmentEnd;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.JacksonJson;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.SubjectLookup;

/**
 * End of treatment, follow-up contacts, progression/recurrence events and survival-endpoint dates of a subject. The
 * class path equals the subject resource's so that JAX-RS pools their methods.
 */
@Path("studies/{registryId}/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    private SubjectLookup lookup;

    @Inject
    private FollowUpService followUp;

    public record DiscontinuationRequest(
            LocalDate on,
            @MaxLength(TextLimits.CODE) String reason,
            @MaxLength(TextLimits.DETAILS) String details) {
    }

    public record VisitRequest(LocalDate on, @MaxLength(TextLimits.DETAILS) String details) {
    }

    public record ContactRequest(
            LocalDate contactDate,
            @MaxLength(TextLimits.CODE) String survivalStatus,
            LocalDate deathDate,
            @MaxLength(TextLimits.CODE) String deathCause,
            @MaxLength(TextLimits.DETAILS) String deathCauseText,
            LocalDate lastKnownAlive) {
    }

    public record DiseaseEventRequest(
            @MaxLength(TextLimits.CODE) String kind,
            @MaxLength(TextLimits.CODE) String extent,
            LocalDate on,
            @MaxLength(TextLimits.CODE) String basis,
            Long assessmentId,
            @MaxLength(TextLimits.DISEASE_METHOD) String method,
            @MaxLength(TextLimits.DETAILS) String details) {
    }

    public record SurvivalJson(Long subjectId, String subject, String armId, LocalDate enrolledOn,
                               LocalDate treatmentStart, LocalDate deathDate, String deathCause, boolean lostToFollowUp,
                               LocalDate lastKnownAlive, Map<String, LocalDate> events) {
        public static SurvivalJson of(SurvivalEventDates d) {
            return new SurvivalJson(d.subjectId(), d.subject(), d.armId(), d.enrolledOn(), d.treatmentStart(),
                    d.deathDate(), d.deathCause(), d.lostToFollowUp(), d.lastKnownAlive(), d.eventDates());
        }
    }

    @POST
    @Path("{id}/treatment-discontinuation")
    @Idempotent
    public Response discontinue(@PathParam("registryId") String registryId, @PathParam("id") Long id, DiscontinuationRequest b) {
        RequestBodies.valid(b);
        lookup.inStudy(registryId, id);
        TreatmentEnd e = followUp.discontinueTreatment(id, b.on(), parse(TreatmentEnd.Reason.class, b.reason(), "reason"), b.details());
        return Response.status(201).entity(Map.of("id", e.getId(), "kind", e.getKind().name())).build();
    }

    @POST
    @Path("{id}/end-of-treatment")
    @Idempotent
    public Response endOfTreatment(@PathParam("registryId") String registryId, @PathParam("id") Long id, VisitRequest b) {
        RequestBodies.valid(b);
        lookup.inStudy(registryId, id);
        TreatmentEnd e = followUp.endOfTreatmentVisit(id, b.on(), b.details());
        return Response.status(201).entity(Map.of("id", e.getId(), "kind", e.getKind().name())).build();
    }

    @POST
    @Path("{id}/follow-up-contacts")
    @Idempotent
    public Response contact(@PathParam("registryId") String registryId, @PathParam("id") Long id, ContactRequest b) {
        RequestBodies.valid(b);
        lookup.inStudy(registryId, id);
        FollowUpContact c = followUp.recordContact(id, b.contactDate(),
                parse(FollowUpContact.SurvivalStatus.class, b.survivalStatus(), "survivalStatus"), b.deathDate(),
                b.deathCause() == null ? null : parse(FollowUpContact.DeathCause.class, b.deathCause(), "deathCause"),
                b.deathCauseText(), b.lastKnownAlive());
        return Response.status(201).entity(Map.of("id", c.getId(), "survivalStatus", c.getSurvivalStatus().name())).build();
    }

    @POST
    @Path("{id}/disease-events")
    @Idempotent
    public Response diseaseEvent(@PathParam("registryId") String registryId, @PathParam("id") Long id, DiseaseEventRequest b) {
        RequestBodies.valid(b);
        lookup.inStudy(registryId, id);
        DiseaseEvent e = followUp.recordDiseaseEvent(id, parse(DiseaseEvent.Kind.class, b.kind(), "kind"),
                parse(DiseaseEvent.Extent.class, b.extent(), "extent"), b.on(),
                b.basis() == null ? null : parse(DiseaseEvent.Basis.class, b.basis(), "basis"), b.assessmentId(),
                b.method(), b.details());
        return Response.status(201).entity(Map.of("id", e.getId())).build();
    }

    @GET
    @Path("{id}/survival-events")
    public Response survival(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return JacksonJson.ok(SurvivalJson.of(followUp.survivalEvents(id)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        RequestBodies.required(value, field);
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, Text.of(Bundle.DOSING, "fu.refused.oneOf", field, java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

}
