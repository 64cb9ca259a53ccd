package org.vigia.study.definition;

/**
 * The weekly skin and mucosa check during radiotherapy (YAML section {@code radiotherapyCheck}; a study without the
 * section has no such check): the two CTCAE v5.0 terms graded each week, the last week of radiotherapy that can be
 * recorded (weeks count from 1) and the highest grade the check accepts (0 = none; grade 5, death, belongs on the AE
 * form).
 * <pre>{@code
 * definition.findRadiotherapyCheck().map(RadiotherapyCheckSettings::maxWeek);   // Optional[10]
 * }</pre>
 *
 * @param mucositisTerm  CTCAE term of the mucosa grade ("Mucositis oral")
 * @param dermatitisTerm CTCAE term of the skin grade ("Dermatitis radiation")
 * @param maxWeek        last week of radiotherapy that can be recorded
 * @param maxGrade       highest grade accepted
 * @param rtog           the check also grades both on the RTOG acute radiation morbidity scale (0-4), as NCT07041788
 *                       writes it ("oral mucositis (RTOG grading)")
 * @param severeFromGrade a check with a grade at or above this (RTOG when {@code rtog}, else CTCAE) is severe
 * @param severeEvent    the radiotherapy event a severe check raises (a code of the courses' {@code eventRules}, e.g.
 *                       SEVERE_RADIATION_INJURY: suspend radiotherapy); with {@code severeFromGrade}, or neither
 */
public record RadiotherapyCheckSettings(String mucositisTerm, String dermatitisTerm, Integer maxWeek, Integer maxGrade,
        boolean rtog, Integer severeFromGrade, String severeEvent, String source, boolean assumption, String note) {

    /** Highest grade of the RTOG acute radiation morbidity scale. */
    public static final int RTOG_MAX_GRADE = 4;

    /** Whether {@code grade} is an RTOG grade (0 to 4). */
    public static boolean acceptsRtogGrade(Integer grade) {
        return grade != null && grade >= 0 && grade <= RTOG_MAX_GRADE;
    }

    /** Whether a check whose highest grade is {@code grade} raises {@link #severeEvent()}. */
    public boolean severe(int grade) {
        return severeFromGrade != null && severeEvent != null && grade >= severeFromGrade;
    }

    /** Whether {@code week} is a week of radiotherapy the check records (1 to {@link #maxWeek()}). */
    public boolean acceptsWeek(Integer week) {
        return week != null && week >= 1 && week <= maxWeek;
    }

    /** Whether {@code grade} is a grade the check records (0 to {@link #maxGrade()}). */
    public boolean acceptsGrade(Integer grade) {
        return grade != null && grade >= 0 && grade <= maxGrade;
    }
}
