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
 */
public record RadiotherapyCheckSettings(String mucositisTerm, String dermatitisTerm, Integer maxWeek, Integer maxGrade,
        String source, boolean assumption, String note) {

    /** Whether {@code week} is a week of radiotherapy the check records (1 to {@link #maxWeek()}). */
    public boolean acceptsWeek(Integer week) {
        return week != null && week >= 1 && week <= maxWeek;
    }

    /** Whether {@code grade} is a grade the check records (0 to {@link #maxGrade()}). */
    public boolean acceptsGrade(Integer grade) {
        return grade != null && grade >= 0 && grade <= maxGrade;
    }
}
