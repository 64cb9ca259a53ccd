package org.vigia.terminology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One adverse-event term of NCI CTCAE v5.0 with its MedDRA code, MedDRA system organ class, the text of
 * Grades 1 to 5 and the definition, exactly as published in {@code CTCAE_v5.0.xlsx} (27 November 2017).
 * <p>
 * CTCAE writes {@code -} for a grade that does not exist for the term (for example Grade 5 of
 * <em>Neutrophil count decreased</em>); {@link #isGradeDefined(int)} and {@link #gradeText(int)} expose that.
 * The 26 "&lt;SOC&gt; - Other, specify" terms let the investigator name an event that has no term of its own.
 * <pre>{@code
 * CtcaeTerm anc = terminology.ctcae().findByTerm("Neutrophil count decreased").orElseThrow();
 * anc.gradeText(2);        // Optional["<1500 - 1000/mm3; <1.5 - 1.0 x 10e9 /L"]
 * anc.isGradeDefined(5);   // false
 * }</pre>
 *
 * @param meddraCode MedDRA lowest-level-term code (8 digits)
 * @param soc        MedDRA system organ class, e.g. "Investigations"
 * @param term       CTCAE term, e.g. "Neutrophil count decreased"
 * @param grade1     Grade 1 text, or {@code -} when the grade is undefined (likewise grade2..grade5)
 * @param definition CTCAE definition, or {@code -} for the "Other, specify" terms
 */
public record CtcaeTerm(String meddraCode, String soc, String term, String grade1, String grade2, String grade3,
        String grade4, String grade5, String definition) {

    /** The marker CTCAE uses for a grade (or definition) that does not exist. */
    public static final String UNDEFINED = "-";

    private static final String OTHER_SPECIFY_SUFFIX = " - Other, specify";

    public CtcaeTerm {
        Objects.requireNonNull(meddraCode, "meddraCode");
        Objects.requireNonNull(soc, "soc");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(grade1, "grade1");
        Objects.requireNonNull(grade2, "grade2");
        Objects.requireNonNull(grade3, "grade3");
        Objects.requireNonNull(grade4, "grade4");
        Objects.requireNonNull(grade5, "grade5");
        Objects.requireNonNull(definition, "definition");
    }

    /** Whether CTCAE v5.0 defines {@code grade} (1–5) for this term; {@code false} for any other number. */
    public boolean isGradeDefined(int grade) {
        return gradeText(grade).isPresent();
    }

    /** The text of {@code grade} (1–5), empty when the grade is {@code -} or out of range. */
    public Optional<String> gradeText(int grade) {
        if (grade < 1 || grade > 5) {
            return Optional.empty();
        }
        String text = gradeTexts().get(grade - 1);
        return UNDEFINED.equals(text) ? Optional.empty() : Optional.of(text);
    }

    /** The five grade texts in order, {@code -} kept for undefined grades. */
    public List<String> gradeTexts() {
        return List.of(grade1, grade2, grade3, grade4, grade5);
    }

    /** The definition, empty for the "Other, specify" terms whose definition is {@code -}. */
    public Optional<String> definitionText() {
        return UNDEFINED.equals(definition) ? Optional.empty() : Optional.of(definition);
    }

    /**
     * Whether this is one of the 26 "&lt;SOC&gt; - Other, specify" terms, for which the investigator must name the
     * event in a verbatim text.
     */
    public boolean isOtherSpecify() {
        return term.endsWith(OTHER_SPECIFY_SUFFIX);
    }

    @Override
    public String toString() {
        return term + " (" + meddraCode + ")";
    }
}
