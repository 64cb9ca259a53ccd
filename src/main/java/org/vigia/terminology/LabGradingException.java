package org.vigia.terminology;

/**
 * A lab value cannot be graded against CTCAE v5.0: the term is not graded by a lab value, the unit does not fit
 * the term, or a normal limit or baseline the rule needs is missing. The message says which and what to supply.
 */
public class LabGradingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public LabGradingException(String message) {
        super(message);
    }

    public LabGradingException(String message, Throwable cause) {
        super(message, cause);
    }
}
