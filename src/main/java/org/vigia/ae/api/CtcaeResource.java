package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.terminology.CtcaeTerm;
import org.vigia.terminology.LabGradeRequest;
import org.vigia.terminology.LabGradeResult;
import org.vigia.terminology.LabGradingException;
import org.vigia.terminology.LabTest;
import org.vigia.terminology.Terminology;

/** The CTCAE v5.0 dictionary and lab grading, the same code the AE screens use. Any signed-in user. */
@Path("ctcae")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CtcaeResource {

    @Inject
    private Terminology terminology;


    /** {@code test}: optional display name ("Calcium, ionized") or code ("CA_ION") of the measurement. */
    public record LabGradeBody(
            @MaxLength(TextLimits.CTCAE_TERM) String term,
            @MaxLength(TextLimits.CTCAE_TERM) String test,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal value,
            @MaxLength(TextLimits.LAB_UNIT) String unit,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal lln,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal uln,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal baseline,
            Boolean symptomatic) {
    }

    public record LabGradeJson(String term, String meddraCode, int grade, String criterion) {
    }

    /** A term with the text of each grade; null for a grade CTCAE leaves undefined ("-"). */
    public record TermJson(String term, String meddraCode, String soc, List<String> grades, String definition,
                           boolean otherSpecify) {
        static TermJson of(CtcaeTerm t) {
            return new TermJson(t.term(), t.meddraCode(), t.soc(),
                    Arrays.asList(t.gradeText(1).orElse(null), t.gradeText(2).orElse(null), t.gradeText(3).orElse(null),
                            t.gradeText(4).orElse(null), t.gradeText(5).orElse(null)),
                    t.definitionText().orElse(null), t.isOtherSpecify());
        }
    }

    @POST
    @Path("lab-grade")
    public LabGradeJson grade(LabGradeBody body) {
        RequestBodies.valid(body);
        RequestBodies.required(body.term(), "term");
        RequestBodies.required(body.value(), "value");
        RequestBodies.required(body.unit(), "unit");
        LabTest test = null;
        if (body.test() != null && !body.test().isBlank()) {
            test = Arrays.stream(LabTest.values())
                    .filter(t -> t.displayName().equalsIgnoreCase(body.test().trim()) || t.name().equalsIgnoreCase(body.test().trim()))
                    .findFirst().orElseThrow(() -> new InvalidInput("test", Text.of(Bundle.AE, "ae.grade.unknownMeasurement", body.test())));
        }
        try {
            LabGradeResult r = terminology.labGrader().grade(new LabGradeRequest(body.term(), test, body.value(), body.unit(),
                    body.lln(), body.uln(), body.baseline(), body.symptomatic()));
            return new LabGradeJson(r.term(), r.meddraCode(), r.grade(), r.criterion());
        } catch (LabGradingException e) {
            throw new InvalidInput(e.getMessage());
        }
    }

    @GET
    @Path("terms")
    public List<TermJson> terms(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        int max = limit == null ? 20 : Math.max(1, Math.min(limit, 100));
        return terminology.ctcae().search(q == null ? "" : q, max).stream().map(TermJson::of).toList();
    }
}
