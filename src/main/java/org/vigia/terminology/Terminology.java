package org.vigia.terminology;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The reference terminology Vigia codes and grades with, read once per application from the copies bundled under
 * {@code /reference/ctcae/}: the NCI CTCAE v5.0 term list ({@link CtcaeDictionary}) and its lab-grading thresholds
 * ({@link LabGrader}). Beans inject it; pure classes are handed the dictionary or the grader they need.
 * <pre>{@code
 * @Inject
 * private Terminology terminology;
 *
 * CtcaeTerm term = terminology.ctcae().getByTerm("Mucositis oral");
 * List<LabGradeResult> grades = terminology.labGrader().gradeLab(LabTest.ANC, value, unit, lln, uln, null);
 * }</pre>
 */
@ApplicationScoped
public class Terminology {

    private volatile CtcaeDictionary ctcae;
    private volatile LabGrader labGrader;

    /** The CTCAE v5.0 term list, read on first use. */
    public CtcaeDictionary ctcae() {
        CtcaeDictionary d = ctcae;
        if (d == null) {
            synchronized (this) {
                if (ctcae == null) {
                    ctcae = CtcaeDictionary.load();
                }
                d = ctcae;
            }
        }
        return d;
    }

    /** The CTCAE v5.0 lab grader, read on first use. */
    public LabGrader labGrader() {
        LabGrader g = labGrader;
        if (g == null) {
            synchronized (this) {
                if (labGrader == null) {
                    labGrader = LabGrader.load();
                }
                g = labGrader;
            }
        }
        return g;
    }
}
