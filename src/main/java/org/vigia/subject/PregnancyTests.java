package org.vigia.subject;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The subject's pregnancy test as recorded (the defined form of procedure PREGNANCY_TEST, implemented by the form
 * library above this layer), for the dosing rule that a woman's first study treatment needs a recent negative test
 * ({@code dosing.pregnancyTestWithinDays}).
 */
public interface PregnancyTests {

    /**
     * A complete pregnancy-test record: whether the woman is of childbearing potential and, when she is, the test date
     * and result code ({@code NEGATIVE}, {@code POSITIVE}, {@code INDETERMINATE}).
     */
    record Test(boolean childbearingPotential, LocalDate on, String result) {
    }

    /** The subject's latest complete pregnancy-test record (by test date), if any; no access check. */
    Optional<Test> latest(Long subjectId);
}
