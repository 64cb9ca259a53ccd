package org.vigia.ae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.lab.LabResult;
import org.vigia.lab.LabResultRecorded;
import org.vigia.lab.LabResultService;
import org.vigia.terminology.LabTest;
import org.vigia.terminology.LabGrader;
import org.vigia.terminology.LabGradeRequest;
import org.vigia.terminology.LabGradeResult;
import org.vigia.terminology.LabGradingException;
import org.vigia.terminology.Terminology;

/**
 * Grades every saved lab result by CTCAE v5.0 ({@link LabGrader#gradeLab}) in the saving transaction, from the
 * value, unit, the LLN/ULN that applied and the subject's baseline value of the test; stores the worst grade on the
 * result, and stores a {@link ProposedAdverseEvent} for each term whose grade is 1 or more and worse than the
 * baseline grade ({@link LabAdverseEventProposal}). A baseline result is graded against the normal range only and
 * proposes nothing. A test CTCAE does not grade by value (TSH, INR) stays ungraded.
 */
@ApplicationScoped
public class LabResultGrading {

    private static final Logger LOG = Logger.getLogger(LabResultGrading.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Terminology terminology;

    @Inject
    private LabResultService labs;

    void onRecorded(@Observes LabResultRecorded event) {
        LabResult result = event.result();
        LabGrader grader = terminology.labGrader();
        if (grader.termsGradedBy(result.getTest()).isEmpty()) {
            return;
        }
        Optional<LabResult> baseline = result.isBaseline() ? Optional.empty()
                : labs.baseline(result.getSubjectId(), result.getTest()).filter(b -> !b.getId().equals(result.getId()));
        BigDecimal baselineValue = baseline.map(b -> inUnit(result.getTest(), b.getValue(), b.getUnit(), result.getUnit()))
                .orElse(null);
        List<LabGradeResult> grades;
        try {
            grades = grader.gradeLab(result.getTest(), result.getValue(), result.getUnit(), result.getLln(),
                    result.getUln(), baselineValue);
        } catch (LabGradingException e) {
            LOG.log(Level.INFO, "Lab result " + result.getId() + " not graded: " + e.getMessage());
            return;
        }
        if (grades.isEmpty()) {
            result.graded(null, 0, "");
            return;
        }
        LabGradeResult worst = grades.get(0);
        result.graded(worst.term(), worst.grade(), worst.criterion());
        if (result.isBaseline()) {
            return;
        }
        for (LabGradeResult g : grades) {
            int baselineGrade = baseline.map(b -> baselineGrade(grader, g.term(), b)).orElse(0);
            LabAdverseEventProposal.evaluate(g, baselineGrade).ifPresent(p -> em.persist(new ProposedAdverseEvent(p,
                    result.getId(), result.getSubjectId(), event.studyId(), event.siteId(), result.getCollectedOn(),
                    Instant.now())));
        }
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

    private static BigDecimal inUnit(LabTest test, BigDecimal value, String from, String to) {
        return test.convert(value, from, to);
    }
}
