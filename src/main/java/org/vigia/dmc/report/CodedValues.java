package org.vigia.dmc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.vigia.dmc.DmcMessages;

/**
 * Coded values of the dataset in the report's language. The dataset keeps codes (e.g. {@code ADVERSE_EVENT},
 * optionally followed by ": " and free text as typed), so that its checksum does not depend on the language; a
 * value without a bundle entry under its prefix is shown as it is.
 * <pre>{@code
 * String outcome = report.coded().coded("outcome.", ae.outcome());
 * String reason = report.coded().reasonOf(subject.studyExitReason());   // "Not recorded" when blank
 * }</pre>
 */
public final class CodedValues {

    private final DmcMessages msg;

    CodedValues(DmcMessages msg) {
        this.msg = msg;
    }

    /** A discontinuation or exit reason; "not recorded" when there is none. */
    public String reasonOf(String reason) {
        return reason == null || reason.isBlank() ? msg.get("value.notRecorded") : coded("reason.", reason);
    }

    /** The distinct reasons of {@code raw} in the report's language, sorted. */
    public List<String> reasons(List<String> raw) {
        return new TreeSet<>(raw.stream().map(this::reasonOf).toList()).stream().toList();
    }

    /** The text of the code under {@code prefix}, keeping a ": free text" tail; {@code null} stays null. */
    public String coded(String prefix, String value) {
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(": ");
        String code = colon > 0 ? value.substring(0, colon) : value;
        String rest = colon > 0 ? value.substring(colon) : "";
        String text = msg.getOrDefault(prefix + code, null);
        return text == null ? value : text + rest;
    }

    /** A list of codes ("DEATH,HOSPITALISATION") in the report's language. */
    public String codedList(String prefix, String value) {
        if (value == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String code : value.split(",")) {
            parts.add(coded(prefix, code.strip()));
        }
        return String.join(msg.get("note.separator"), parts);
    }

    /** Causality per agent ("Cisplatin=PROBABLE;RADIOTHERAPY=UNLIKELY") in the report's language. */
    public String attribution(String value) {
        if (value == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String pair : value.split(";")) {
            int eq = pair.lastIndexOf('=');
            String agent = eq < 0 ? pair : pair.substring(0, eq);
            String causality = eq < 0 ? "" : pair.substring(eq + 1);
            parts.add(coded("agent.", agent) + ": " + (causality.isEmpty() ? msg.get("value.notAssessed")
                    : coded("causality.", causality)));
        }
        return String.join(msg.get("note.separator"), parts);
    }
}
