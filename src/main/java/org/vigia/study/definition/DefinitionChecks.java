package org.vigia.study.definition;

/** Checks shared by the study-definition records of this package. */
final class DefinitionChecks {

    private DefinitionChecks() {
    }

    /** Each rule quotes its protocol sentence, or says it is an assumption and why. */
    static void requireSourceOrAssumption(String what, String source, boolean assumption, String note) {
        boolean hasSource = source != null && !source.isBlank();
        boolean explainedAssumption = assumption && note != null && !note.isBlank();
        if (!hasSource && !explainedAssumption) {
            throw new IllegalArgumentException(what + ": quote the protocol in 'source', or set 'assumption: true' with a 'note'");
        }
    }
}
