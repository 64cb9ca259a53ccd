package org.vigia.form.definition;

/** One answer of a code list: the code stored and exchanged (the CDISC submission value where there is one) and its label. */
public record Code(String code, Label label) {
}
