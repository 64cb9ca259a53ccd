package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.terminology.LabGrader;
import org.vigia.terminology.LabGradeRequest;
import org.vigia.terminology.LabGradeResult;

class LabAdverseEventProposalTest {

    @ParameterizedTest(name = "grade {0} over baseline grade {1}: propose {2}")
    @CsvSource({
            "0, 0, false",
            "1, 0, true",
            "2, 0, true",
            "1, 1, false",
            "2, 1, true",
            "2, 2, false",
            "1, 2, false",
            "4, 3, true",
            "0, 2, false",
    })
    void proposesOnlyAGradeWorseThanBaseline(int grade, int baselineGrade, boolean expected) {
        LabGradeResult result = grade == 0 ? LabGradeResult.notGraded("Anemia", "10002272")
                : new LabGradeResult("Anemia", "10002272", grade, "clause");
        assertEquals(expected, LabAdverseEventProposal.evaluate(result, baselineGrade).isPresent());
    }

    @Test
    void carriesTheGradedResult() {
        LabGradeResult anc = LabGrader.load().grade(
                LabGradeRequest.of("Neutrophil count decreased", new BigDecimal("900"), "/mm3")
                        .withLln(new BigDecimal("2000")));
        assertEquals(Optional.of(new LabAdverseEventProposal("Neutrophil count decreased", "10029366", 3, 1,
                "<1000 - 500/mm3")), LabAdverseEventProposal.evaluate(anc, 1));
    }

    @Test
    void rejectsGradesOutsideCtcae() {
        LabGradeResult g1 = new LabGradeResult("Anemia", "10002272", 1, "clause");
        assertThrows(IllegalArgumentException.class, () -> LabAdverseEventProposal.evaluate(g1, -1));
        assertThrows(IllegalArgumentException.class, () -> LabAdverseEventProposal.evaluate(g1, 6));
        assertThrows(IllegalArgumentException.class,
                () -> new LabAdverseEventProposal("Anemia", "10002272", 1, 1, "clause"));
    }
}
