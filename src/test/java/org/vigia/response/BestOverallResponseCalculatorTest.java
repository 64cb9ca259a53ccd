package org.vigia.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Best overall response, RECIST 1.1 section 4.4 and Table 3 (confirmation required, 28 days; SD at
 * least 42 days after Day 1, so from study day 43). Day 57 and day 85 are 28 days apart and both past
 * the SD minimum; days 29 and 36 are both before it.
 */
class BestOverallResponseCalculatorTest {

    private final BestOverallResponseCalculator calculator = new BestOverallResponseCalculator();

    /** RECIST 1.1 Table 3: first time point, subsequent time point → best overall response. */
    @ParameterizedTest(name = "{0} then {1} → {2}")
    @CsvSource({
            "57:CR, 85:CR, CR",
            "57:CR, 85:PR, PR",   // Table 3 footnote: the first CR was in truth a PR (as the issue asks)
            "57:CR, 85:SD, SD",
            "57:CR, 85:PD, SD",   // SD minimum met by the CR at day 57
            "29:CR, 36:PD, PD",   // SD minimum not met, otherwise PD
            "57:CR, 85:NE, SD",
            "29:CR, 36:NE, NE",   // SD minimum not met, otherwise NE
            "57:PR, 85:CR, PR",
            "57:PR, 85:PR, PR",
            "57:PR, 85:SD, SD",
            "57:PR, 85:PD, SD",
            "29:PR, 36:PD, PD",
            "57:PR, 85:NE, SD",
            "29:PR, 36:NE, NE",
            "57:NE, 85:NE, NE"})
    void table3(String first, String second, RecistResponse expected) {
        assertEquals(expected, best(true, first, second));
    }

    @ParameterizedTest(name = "{0} then {1} → {2}")
    @CsvSource({
            "56:PR, 83:PR, SD",   // 27 days: not confirmed; SD since day 56 ≥ 43
            "56:PR, 84:PR, PR",   // 28 days: confirmed
            "56:CR, 83:CR, SD",
            "56:CR, 84:CR, CR",
            "56:CR, 83:PR, SD",
            "56:PR, 84:CR, PR"})
    void confirmationInterval(String first, String second, RecistResponse expected) {
        assertEquals(expected, best(true, first, second));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "42:SD,         NE",   // 41 days after Day 1: too early, no PD
            "43:SD,         SD",   // 42 days after Day 1
            "42:SD 60:PD,   PD",   // too early, then PD
            "43:SD 60:PD,   SD",
            "42:PR,         NE",   // unconfirmed PR counts as SD only once the SD minimum is met
            "43:PR,         SD",
            "42:NON_CR_NON_PD, NE",
            "43:NON_CR_NON_PD, NON_CR_NON_PD",
            "'',            NE"})
    void stableDiseaseMinimumDuration(String assessments, RecistResponse expected) {
        assertEquals(expected, best(true, assessments.isBlank() ? new String[0] : assessments.split(" ")));
    }

    @Test
    void confirmationMayHaveNotEvaluableTimePointsBetween() {
        assertEquals(RecistResponse.PR, best(true, "56:PR", "70:NE", "84:PR"));
        assertEquals(RecistResponse.PR, best(true, "56:PR", "70:PR", "84:PR"));
    }

    @Test
    void confirmationIsBrokenByAWorseTimePointBetween() {
        assertEquals(RecistResponse.SD, best(true, "56:PR", "70:SD", "84:PR"));
        assertEquals(RecistResponse.PR, best(true, "56:CR", "70:PR", "84:CR"));
    }

    @Test
    void timePointsAfterTheFirstProgressionDoNotCount() {
        assertEquals(RecistResponse.PD, best(true, "29:SD", "36:PD", "60:SD"));
        assertEquals(RecistResponse.SD, best(true, "57:PR", "85:PD", "113:PR", "141:PR"));
        assertEquals(RecistResponse.PD, best(false, "29:PD", "57:CR"));
    }

    @Test
    void withoutConfirmationTheBestTimePointCounts() {
        assertEquals(RecistResponse.PR, best(false, "29:PR"));
        assertEquals(RecistResponse.CR, best(false, "29:PR", "36:CR", "60:PD"));
        assertEquals(RecistResponse.SD, best(false, "43:SD", "57:NE"));
        assertEquals(RecistResponse.NE, best(false, "29:SD", "57:NE"));
    }

    @Test
    void assessmentsMayComeInAnyOrder() {
        assertEquals(RecistResponse.PR, best(true, "84:PR", "56:PR"));
    }

    @Test
    void durationOfResponseRunsFromFirstResponseToProgression() {
        BestOverallResponseResult result = calculator.evaluate(input(true, "56:SD", "84:PR", "112:PR", "140:SD", "168:PD"));
        assertEquals(new BestOverallResponseResult(RecistResponse.PR, 84, 168, 168, 84, false), result);
    }

    @Test
    void durationOfResponseIsCensoredAtTheLastEvaluableTimePoint() {
        BestOverallResponseResult result = calculator.evaluate(input(true, "56:PR", "84:CR", "112:SD", "140:NE"));
        assertEquals(new BestOverallResponseResult(RecistResponse.PR, 56, null, 112, 56, true), result);
    }

    @Test
    void responseDaysStartAtTheConfirmedResponseNotAnEarlierUnconfirmedOne() {
        BestOverallResponseResult result = calculator.evaluate(input(true, "29:PR", "43:SD", "57:PR", "85:PR"));
        assertEquals(RecistResponse.PR, result.bestOverallResponse());
        assertEquals(57, result.firstResponseStudyDay());
        assertEquals(28, result.durationOfResponseDays());
    }

    @Test
    void withoutConfirmationTheResponseStartsAtTheFirstCrOrPr() {
        BestOverallResponseResult result = calculator.evaluate(input(false, "29:SD", "57:PR", "85:CR", "113:PD"));
        assertEquals(new BestOverallResponseResult(RecistResponse.CR, 57, 113, 113, 56, false), result);
    }

    @Test
    void progressionDayIsReportedWithoutResponse() {
        BestOverallResponseResult result = calculator.evaluate(input(true, "43:SD", "85:PD"));
        assertEquals(new BestOverallResponseResult(RecistResponse.SD, null, 85, 85, null, null), result);
    }

    @Test
    void responseUpToAFixedStudyDay() {
        BestOverallResponseInput input = input(true, "56:PR", "84:PR", "112:CR", "140:CR");
        assertEquals(RecistResponse.SD, calculator.evaluateUpTo(input, 83).bestOverallResponse());
        assertEquals(RecistResponse.PR, calculator.evaluateUpTo(input, 84).bestOverallResponse());
        assertEquals(RecistResponse.PR, calculator.evaluateUpTo(input, 139).bestOverallResponse());
        assertEquals(RecistResponse.CR, calculator.evaluateUpTo(input, 140).bestOverallResponse());
        assertEquals(RecistResponse.NE, calculator.evaluateUpTo(input, 55).bestOverallResponse());
    }

    @Test
    void apiExample() throws Exception {
        ObjectMapper json = new ObjectMapper();
        BestOverallResponseInput input = json.readValue("""
                {"assessments": [{"studyDay": 56, "overallResponse": "PR"}, {"studyDay": 84, "overallResponse": "PR"}],
                 "confirmationRequired": true, "confirmationMinDays": 28, "sdMinDays": 42}""",
                BestOverallResponseInput.class);
        assertEquals("PR", json.valueToTree(calculator.evaluate(input)).get("bestOverallResponse").asText());
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TimePointAssessment(0, RecistResponse.SD));
        assertThrows(IllegalArgumentException.class, () -> input(true, "56:PR", "56:SD"));
        assertThrows(NullPointerException.class,
                () -> new BestOverallResponseInput(List.of(), true, null, 42));
        assertThrows(NullPointerException.class,
                () -> new BestOverallResponseInput(List.of(), true, 28, null));
    }

    private RecistResponse best(boolean confirmationRequired, String... assessments) {
        return calculator.evaluate(input(confirmationRequired, assessments)).bestOverallResponse();
    }

    private static BestOverallResponseInput input(boolean confirmationRequired, String... assessments) {
        List<TimePointAssessment> list = new ArrayList<>();
        for (String assessment : assessments) {
            String[] parts = assessment.trim().split(":");
            list.add(new TimePointAssessment(Integer.parseInt(parts[0]), RecistResponse.valueOf(parts[1])));
        }
        return new BestOverallResponseInput(list, confirmationRequired, 28, 42);
    }
}
