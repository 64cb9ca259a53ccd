package org.vigia.subject.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.study.PlannedVisit;
import org.vigia.subject.SubjectLookup;
import org.vigia.subject.VisitScheduleService.ScheduledVisit;
import org.vigia.subject.VisitScheduleService;

/**
 * The visit schedule of a subject with target dates, windows, visit dates (typed or from the records), statuses and
 * missing procedures; record a visit's date, or mark it not done with a reason.
 */
@Path("studies/{registryId}/subjects/{id}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    private VisitScheduleService schedules;

    @Inject
    private SubjectLookup lookup;

    public record VisitJson(String code, String name, String definitionCode, int occurrence, LocalDate targetDate,
                            LocalDate earliest, LocalDate latest, boolean projected, LocalDate actualDate, Long version,
                            boolean outOfWindow, String status, boolean dateFromData, List<String> missing,
                            String notDoneReason) {
        static VisitJson of(ScheduledVisit v) {
            PlannedVisit p = v.planned();
            return new VisitJson(p.code(), p.name(), p.definitionCode(), p.occurrence(), p.targetDate(), p.earliest(),
                    p.latest(), p.projected(), v.actualDate(), v.version(), v.outOfWindow(), v.status(),
                    v.dateFromData(), v.missing(), v.notDoneReason());
        }
    }

    public record VisitDate(Long version, LocalDate visitDate, @MaxLength(TextLimits.REASON) String reason) {
    }

    public record NotDone(Long version, @MaxLength(TextLimits.REASON) String reason) {
    }

    @GET
    public List<VisitJson> get(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return schedules.schedule(id).stream().map(VisitJson::of).toList();
    }

    @PUT
    @Path("{visitCode}")
    public VisitJson put(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                         @PathParam("visitCode") String visitCode, VisitDate body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return VisitJson.of(schedules.recordVisit(id, visitCode, body.version(),
                RequestBodies.required(body.visitDate(), "visitDate"), body.reason()));
    }

    /** Marks a visit not done: {@code {"version": null, "reason": "patient hospitalised"}} → the visit (NOT_DONE). */
    @PUT
    @Path("{visitCode}/not-done")
    public VisitJson notDone(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                             @PathParam("visitCode") String visitCode, NotDone body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return VisitJson.of(schedules.markNotDone(id, visitCode, body.version(), body.reason()));
    }
}
