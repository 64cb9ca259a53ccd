package org.vigia.lab.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.lab.LabResult;
import org.vigia.lab.LabResultService;
import org.vigia.lab.LabTest;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Lab results of one subject: record (graded by CTCAE v5.0 in the same transaction, which may propose an AE) and
 * list. (Added with the AE feature so lab-based grading can be used through the API.)
 */
@Path("studies/{registryId}/subjects/{id}/lab-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabResultResource {

    @Inject
    private LabResultService labs;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    /** {@code test}: a {@link LabTest} code, e.g. ANC, ALT, CA_ION. */
    public record LabResultBody(
            @MaxLength(TextLimits.LAB_TEST) String test,
            LocalDate collectedOn,
            @MaxLength(TextLimits.LAB_VISIT_CODE) String visitCode,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal value,
            @MaxLength(TextLimits.LAB_UNIT) String unit,
            Boolean baseline) {
    }

    public record LabResultJson(Long id, String test, LocalDate collectedOn, String visitCode, BigDecimal value,
                                String unit, BigDecimal lln, BigDecimal uln, boolean baseline, String ctcaeTerm,
                                Integer ctcaeGrade, String ctcaeCriterion) {
        static LabResultJson of(LabResult r) {
            return new LabResultJson(r.getId(), r.getTest().name(), r.getCollectedOn(), r.getVisitCode(), r.getValue(),
                    r.getUnit(), r.getLln(), r.getUln(), r.isBaseline(), r.getCtcaeTerm(), r.getCtcaeGrade(),
                    r.getCtcaeCriterion());
        }
    }

    @GET
    public List<LabResultJson> list(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        inStudy(registryId, id);
        return labs.forSubject(id).stream().map(LabResultJson::of).toList();
    }

    @POST
    @Idempotent
    public Response record(@PathParam("registryId") String registryId, @PathParam("id") Long id, LabResultBody body) {
        RequestBodies.valid(body);
        inStudy(registryId, id);
        LabTest test = LabTest.byCode(RequestBodies.required(body.test(), "test"))
                .orElseThrow(() -> new InvalidInput("test", Text.of(Bundle.SUBJECT, "lab.refused.unknownTestCode", body.test())));
        LabResult r = labs.record(id, test, body.collectedOn(), body.visitCode(), body.value(), body.unit(),
                Boolean.TRUE.equals(body.baseline()));
        return Response.status(201).entity(LabResultJson.of(r)).build();
    }

    private void inStudy(String registryId, Long id) {
        Subject s = subjects.get(id);
        if (!s.getStudyId().equals(studies.getByRegistryId(registryId).getId())) {
            throw new RecordNotFound("Subject", id);
        }
    }
}
