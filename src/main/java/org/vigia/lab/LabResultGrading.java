package org.vigia.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.terminology.LabGradeRequest;
import org.vigia.terminology.LabGradeResult;
import org.vigia.terminology.LabGrader;
import org.vigia.terminology.LabGradingException;
import org.vigia.terminology.Terminology;

/**
 * Grades a saved lab result by CTCAE v5.0 ({@link LabGrader#gradeLab}) from the value, unit, the LLN/ULN that
 * applied and the subject's baseline value of the test; stores the worst grade on the result and gives every term
 * graded with the baseline's own grade for that term, which {@link LabResultRecorded} carries to the features that
 * react (the AE feature proposes an adverse event for a grade worse than baseline). A test CTCAE does not grade by
 * value (TSH, INR) stays ungraded.
 * <pre>{@code
 * List<LabResultRecorded.GradedTerm> terms = grading.grade(result, baseline);
 * }</pre>
 */
@ApplicationScoped
public class LabResultGrading {

    private static final Logger LOG = Logger.getLogger(LabResultGrading.class.getName());

    @Inject
    private Terminology terminology;

    /**
     * Grades {@code result} (stored on it) against {@code baseline}, the subject's baseline result of the same test
     * other than {@code result} itself, if any.
     */
    List<LabResultRecorded.GradedTerm> grade(LabResult result, Optional<LabResult> baseline) {
        LabGrader grader = terminology.labGrader();
        if (grader.termsGradedBy(result.getTest()).isEmpty()) {
            return List.of();
        }
        BigDecimal baselineValue = baseline.map(b -> b.getTest().convert(b.getValue(), b.getUnit(), result.getUnit()))
                .orElse(null);
        List<LabGradeResult> grades;
        try {
            grades = grader.gradeLab(result.getTest(), result.getValue(), result.getUnit(), result.getLln(),
                    result.getUln(), baselineValue);
        } catch (LabGradingException e) {
            LOG.log(Level.INFO, "Lab result " + result.getId() + " not graded: " + e.getMessage());
            return List.of();
        }
        if (grades.isEmpty()) {
            result.graded(null, 0, "");
            return List.of();
        }
        LabGradeResult worst = grades.get(0);
        result.graded(worst.term(), worst.grade(), worst.criterion());
        List<LabResultRecorded.GradedTerm> terms = new ArrayList<>();
        for (LabGradeResult g : grades) {
            terms.add(new LabResultRecorded.GradedTerm(g, baseline.map(b -> baselineGrade(grader, g.term(), b)).orElse(0)));
        }
        return terms;
    }

    /** The grade of the baseline result for one term, against its own normal range (0 when it cannot be graded). */
    private static int baselineGrade(LabGrader grader, String term, LabResult b) {
        try {
            return grader.grade(new LabGradeRequest(term, b.getTest(), b.getValue(), b.getUnit(), b.getLln(),
                    b.getUln(), null, null)).grade();
        } catch (LabGradingException e) {
            return 0;
        }
    }
}
