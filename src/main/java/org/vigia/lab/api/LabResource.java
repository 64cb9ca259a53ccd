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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vigia.lab.LabResult;
import org.vigia.lab.LabResultService;
import org.vigia.lab.LabTest;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.MaxLength;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/** Lab results of a subject: record one (unit must fit the test), list them with canonical value, LLN/ULN, grade. */
@Path("studies/{registryId}/subjects/{id}/labs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabResource {

    @Inject
    private LabResultService labs;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    public record LabJson(Long id, String test, String testName, LocalDate collectedOn, String visitCode,
                          BigDecimal value, String unit, BigDecimal canonicalValue, String canonicalUnit,
                          BigDecimal lln, BigDecimal uln, boolean baseline, String ctcaeTerm, Integer ctcaeGrade,
                          long version) {
        public static LabJson of(LabResult r) {
            return new LabJson(r.getId(), r.getTest().name(), r.getTest().displayName(), r.getCollectedOn(),
                    r.getVisitCode(), plain(r.getValue()), r.getUnit(), plain(r.getCanonicalValue()),
                    r.getTest().canonicalUnit(), plain(r.getLln()), plain(r.getUln()), r.isBaseline(), r.getCtcaeTerm(),
                    r.getCtcaeGrade(), r.getVersion());
        }

        private static BigDecimal plain(BigDecimal d) {
            return d == null ? null : d.stripTrailingZeros();
        }
    }

    /** The longest {@code value} sent as text. */
    private static final int VALUE_TEXT = 40;

    /** {@code value} may be a JSON number or text; text that is not a number is refused with the field named. */
    public record LabEntry(
            @MaxLength(TextLimits.LAB_TEST) String test,
            @MaxLength(TextLimits.DATE_TEXT) String collectedOn,
            Object value,
            @MaxLength(TextLimits.LAB_UNIT) String unit,
            @MaxLength(TextLimits.LAB_VISIT_CODE) String visitCode,
            Boolean baseline) {
    }

    @GET
    public List<LabJson> list(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        inStudy(registryId, id);
        return labs.forSubject(id).stream().map(LabJson::of).toList();
    }

    @POST
    @Idempotent
    public Response record(@PathParam("registryId") String registryId, @PathParam("id") Long id, LabEntry body) {
        RequestBodies.valid(body);
        inStudy(registryId, id);
        FieldErrors errors = new FieldErrors();
        LabTest test = LabTest.byCode(body.test()).orElse(null);
        errors.require(test != null, "test", Text.of(Bundle.SUBJECT, "lab.refused.unknownTest", body.test(), String.valueOf(List.of(LabTest.values()))));
        boolean shortEnough = !(body.value() instanceof String t) || t.length() <= VALUE_TEXT;
        errors.require(shortEnough, "value", Text.of(Bundle.MESSAGES, "error.tooLong", "value", VALUE_TEXT));
        BigDecimal value = shortEnough ? parse(body.value()) : null;
        errors.require(value != null, "value", body.value() == null ? Text.of(Bundle.SUBJECT, "lab.refused.value")
                : Text.of(Bundle.SUBJECT, "lab.refused.notNumber", body.value()));
        errors.require(test == null || test.accepts(body.unit()), "unit", test == null ? Text.plain("") : Text.of(Bundle.SUBJECT, "lab.refused.unit", body.unit(), test.displayName(), String.valueOf(test.units())));
        LocalDate on = null;
        try {
            on = body.collectedOn() == null ? null : LocalDate.parse(body.collectedOn());
        } catch (DateTimeParseException e) {
            errors.require(false, "collectedOn", Text.of(Bundle.SUBJECT, "lab.refused.notDate", body.collectedOn()));
        }
        errors.require(body.collectedOn() == null || on != null, "collectedOn", Text.of(Bundle.SUBJECT, "lab.refused.collectedOn"));
        errors.require(body.collectedOn() != null, "collectedOn", Text.of(Bundle.SUBJECT, "lab.refused.collectedOn"));
        errors.throwIfAny();
        LabResult r = labs.record(id, test, on, body.visitCode(), value, body.unit(), Boolean.TRUE.equals(body.baseline()));
        return Response.status(201).entity(LabJson.of(r)).build();
    }

    static BigDecimal parse(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Subject inStudy(String registryId, Long id) {
        Subject s = subjects.get(id);
        if (!s.getStudyId().equals(studies.getByRegistryId(registryId).getId())) {
            throw new RecordNotFound("Subject", id);
        }
        return s;
    }
}
