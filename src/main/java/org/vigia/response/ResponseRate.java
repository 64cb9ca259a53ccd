package org.vigia.response;

/**
 * Counts behind a response rate (ORR or DCR), without any confidence interval: exact intervals are
 * computed from these counts elsewhere ({@code org.vigia.shared.stats}).
 *
 * @param responders subjects whose best overall response counts for this rate
 * @param evaluable  subjects whose best overall response is not NE
 * @param subjects   all subjects counted (evaluable plus NE); the SAP chooses the denominator
 */
public record ResponseRate(int responders, int evaluable, int subjects) {

    public ResponseRate {
        if (responders < 0 || responders > evaluable || evaluable > subjects) {
            throw new IllegalArgumentException("Need 0 ≤ responders ≤ evaluable ≤ subjects, was "
                    + responders + ", " + evaluable + ", " + subjects);
        }
    }

    /** Subjects with a best overall response of NE. */
    public int notEvaluable() {
        return subjects - evaluable;
    }
}
