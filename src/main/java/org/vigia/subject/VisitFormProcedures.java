package org.vigia.subject;

import java.util.Set;

/**
 * The visit procedures that the study's defined forms record (the form library's {@code procedure} codes: QOL, VITALS,
 * PREGNANCY_TEST, BIOSAMPLE, ...). A visit listing one of them is complete only when that form is saved complete at the
 * visit, beside the records of the built-in features ({@link VisitProcedures}). Implemented by the form library, above
 * this layer.
 */
public interface VisitFormProcedures {

    /** The procedure codes of the newest version of every form of the library. */
    Set<String> procedures();
}
