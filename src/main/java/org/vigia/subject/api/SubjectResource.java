package org.vigia.subject.api;

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
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.MaxEntries;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.subject.EnrolmentService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectLookup;
import org.vigia.subject.SubjectService;

/** Subjects of a study: register at screening, read, enrol. The same rules as the screens. */
@Path("studies/{registryId}/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectResource {

    @Inject
    private SubjectLookup lookup;

    @Inject
    private SubjectService subjects;

    @Inject
    private EnrolmentService enrolment;

    @Inject
    private StudyService studies;

    public record SubjectJson(Long id, String screeningNumber, String subjectNumber, Long siteId, String sex,
                              int birthYear, String status, String armId, LocalDate consentDate, LocalDate screenedOn,
                              LocalDate enrolledOn, String definitionVersion, long version) {
        public static SubjectJson of(Subject s) {
            return new SubjectJson(s.getId(), s.getScreeningNumber(), s.getSubjectNumber(), s.getSiteId(), s.getSex().code(),
                    s.getBirthYear(), s.getStatus().name(), s.getArmId(), s.getConsentDate(), s.getScreenedOn(),
                    s.getEnrolledOn(), s.getDefinitionVersion(), s.getVersion());
        }
    }

    public record Registration(
            Long siteId,
            @MaxLength(TextLimits.SCREENING_NUMBER) String screeningNumber,
            @MaxLength(TextLimits.CODE) String sex,
            Integer birthYear,
            LocalDate consentDate,
            LocalDate screenedOn) {
    }

    public record Enrolment(
            Long version,
            LocalDate enrolledOn,
            @MaxLength(TextLimits.DEFINITION_CODE) String arm,
            @MaxEntries(20) Map<@MaxLength(TextLimits.DEFINITION_CODE) String, @MaxLength(TextLimits.DEFINITION_CODE) String> strata) {
    }

    @GET
    public List<SubjectJson> list(@PathParam("registryId") String registryId) {
        Study study = studies.getByRegistryId(registryId);
        return subjects.list(study.getId()).stream().map(SubjectJson::of).toList();
    }

    @POST
    @Idempotent
    public Response register(@PathParam("registryId") String registryId, Registration body) {
        RequestBodies.valid(body);
        RequestBodies.required(body.siteId(), "siteId");
        Subject s = subjects.register(registryId, body.siteId(), body.screeningNumber(), body.sex(), body.birthYear(),
                body.consentDate(), body.screenedOn());
        return Response.status(201).entity(SubjectJson.of(s)).build();
    }

    @GET
    @Path("{id}")
    public SubjectJson get(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        return SubjectJson.of(lookup.inStudy(registryId, id));
    }

    @POST
    @Path("{id}/enrolment")
    public SubjectJson enrol(@PathParam("registryId") String registryId, @PathParam("id") Long id, Enrolment body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return SubjectJson.of(enrolment.enrol(id, RequestBodies.required(body.version(), "version"), body.enrolledOn(),
                body.arm(), body.strata()));
    }

}
