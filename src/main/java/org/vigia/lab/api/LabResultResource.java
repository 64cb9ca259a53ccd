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
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.SubjectLookup;
import org.vigia.terminology.LabTest;

/**
 * The one lab-result resource of a subject: record a result (the unit must fit the test; graded by CTCAE v5.0 in the
 * same transaction, which may propose an AE) and list them with canonical value, LLN/ULN and grade. It answers at
 * {@code .../lab-results} and, with the same JSON and validation, at {@code .../labs} ({@link LabsPathResource}).
 * <pre>{@code
 * POST /api/v1/studies/NCT07041788/subjects/12/lab-results
 * {"test": "ANC", "collectedOn": "2026-01-06", "value": 1.2, "unit": "10^9/L", "visitCode": "C1D1", "baseline": true}
 * → 201 {"id", "test", "testName", "collectedOn", "visitCode", "value", "unit", "canonicalValue", "canonicalUnit",
 *        "lln", "uln", "baseline", "ctcaeTerm", "ctcaeGrade", "ctcaeCriterion", "version"}
 * }</pre>
 */
@Path("studies/{registryId}/subjects/{id}/lab-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabResultResource {

    @Inject
    private SubjectLookup lookup;

    @Inject
    private LabResultService labs;

    /**
     * {@code test}: a {@link LabTest} code, e.g. ANC, ALT, CA_ION; {@code value}: a JSON number or a number as text
     * (checked by {@link LabValueInput}).
     */
    public record LabResultBody(
            @MaxLength(TextLimits.LAB_TEST) String test,
            LocalDate collectedOn,
            @MaxLength(TextLimits.LAB_VISIT_CODE) String visitCode,
            Object value,
            @MaxLength(TextLimits.LAB_UNIT) String unit,
            Boolean baseline) {
    }

    /** A stored result; decimals without trailing zeros and never in exponent form. */
    public record LabResultJson(Long id, String test, String testName, LocalDate collectedOn, String visitCode,
                                BigDecimal value, String unit, BigDecimal canonicalValue, String canonicalUnit,
                                BigDecimal lln, BigDecimal uln, boolean baseline, String ctcaeTerm, Integer ctcaeGrade,
                                String ctcaeCriterion, long version) {
        public static LabResultJson of(LabResult r) {
            return new LabResultJson(r.getId(), r.getTest().name(), r.getTest().displayName(), r.getCollectedOn(),
                    r.getVisitCode(), plain(r.getValue()), r.getUnit(), plain(r.getCanonicalValue()),
                    r.getTest().canonicalUnit(), plain(r.getLln()), plain(r.getUln()), r.isBaseline(), r.getCtcaeTerm(),
                    r.getCtcaeGrade(), r.getCtcaeCriterion(), r.getVersion());
        }

        static BigDecimal plain(BigDecimal d) {
            if (d == null) {
                return null;
            }
            BigDecimal s = d.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }
    }

    @GET
    public List<LabResultJson> list(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return labs.forSubject(id).stream().map(LabResultJson::of).toList();
    }

    @POST
    @Idempotent
    public Response record(@PathParam("registryId") String registryId, @PathParam("id") Long id, LabResultBody body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        FieldErrors errors = new FieldErrors();
        LabTest test = body.test() == null ? null : LabTest.byCode(body.test()).orElse(null);
        String tests = List.of(LabTest.values()).toString();
        errors.require(body.test() != null, "test", Text.of(Bundle.MESSAGES, "lab.api.testRequired", tests));
        errors.require(test != null, "test", Text.of(Bundle.MESSAGES, "lab.api.testUnknown", body.test(), tests));
        BigDecimal value = LabValueInput.read(body.value(), test, body.unit(), errors);
        if (test != null) {
            errors.require(test.accepts(body.unit()), "unit", Text.of(Bundle.MESSAGES, "lab.api.unitMismatch",
                    body.unit(), test.displayName(), test.units().toString()));
        }
        errors.require(body.collectedOn() != null, "collectedOn", Text.of(Bundle.MESSAGES, "lab.api.collectedOnRequired"));
        errors.throwIfAny();
        LabResult r = labs.record(id, test, body.collectedOn(), body.visitCode(), value, body.unit(),
                Boolean.TRUE.equals(body.baseline()));
        return Response.status(201).entity(LabResultJson.of(r)).build();
    }
}
