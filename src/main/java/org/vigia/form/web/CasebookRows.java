package org.vigia.form.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.form.FormStatus;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitScheduleService.ScheduledVisit;
import org.vigia.subject.VisitStatus;

/**
 * The rows of one visit in the subject's casebook ({@code subject/view.xhtml?id=…&visit=CODE}): each procedure the
 * visit lists as "form – status – open". A procedure a form of the library records is that form (its record at the
 * visit and the record's status, or missing / not started); a procedure of a built-in screen is recorded or missing
 * as the visit's state says ({@code missing}) and links to that screen (labs to the subject page's labs section for
 * the visit, dosing, radiotherapy, the RECIST pages, the weekly RT checks, follow-up, the AE log, the eligibility and
 * baseline sections); a procedure with no form in Vigia says so. Forms recordable at any visit that have a record at
 * this visit follow. Pure: the bean hands it what it has loaded.
 * <pre>{@code
 * List<CasebookRows.Row> rows = CasebookRows.of(subjectId, visit, formsByProcedure, anyVisitForms, recordStatus,
 *         subjectForms);
 * }</pre>
 */
public final class CasebookRows {

    /** Where a procedure of a visit stands, shown by its label ({@code enum.ProcedureState.*}). */
    public enum ProcedureState {
        /** A built-in record the visit needs is there. */
        RECORDED,
        /** A record the visit needs is not there (the visit's missing procedures). */
        MISSING,
        /** Nothing recorded, and nothing expected any more: the visit is not done or not applicable. */
        NOT_RECORDED,
        /** A form of the library with no record at this visit yet. */
        NOT_STARTED,
        /** A form record with a required item still empty. */
        IN_PROGRESS,
        /** A form record with every required item, or a subject-level form that is complete. */
        COMPLETE,
        /** The adverse events: a running log of the subject, not a record of this visit. */
        LOG,
        /** A procedure Vigia has no form for (a planning CT, a biosample). */
        NO_FORM
    }

    /**
     * One row: the procedure code, the form's OID and name when a form of the library records it (else null), its
     * state, and the page that records it (relative to the context root; null when none does).
     */
    public record Row(String procedure, String formOid, String formName, ProcedureState state, String href)
            implements Serializable {
    }

    /** A form of the library as the casebook links it. */
    public record Form(String oid, String name) implements Serializable {
    }

    private static final Set<String> LABS = Set.of("LABS", "PRE_CYCLE_LABS", "BLOOD_COUNT");
    private static final Set<String> DOSING = Set.of("DOSING", "WEIGHT", "INFUSION_TIMES");
    private static final Set<String> RADIOTHERAPY = Set.of("RADIOTHERAPY", "RT_CUMULATIVE_DOSE");
    private static final Set<String> RT_CHECK = Set.of("SKIN_REACTION_CTCAE", "ORAL_MUCOSITIS_RTOG");
    private static final Set<String> RECIST = Set.of("TUMOUR_ASSESSMENT", "LESION_IRRADIATION_PLAN");
    /** Screening items recorded on the subject's baseline forms, by procedure: the baseline form type. */
    private static final Map<String, String> BASELINE = Map.of("DEMOGRAPHICS", "DEMOGRAPHICS",
            "MEDICAL_HISTORY", "MEDICAL_HISTORY", "HPV_STATUS", "TUMOUR", "PDL1_CPS", "TUMOUR",
            "RT_STAGING_AJCC8", "TUMOUR", "ECOG", "ECOG");
    private static final String ELIGIBILITY = "ELIGIBILITY";

    private CasebookRows() {
    }

    /**
     * The rows of {@code visit}.
     *
     * @param formsByProcedure the library's forms by the procedure they record
     * @param anyVisitForms    the forms recordable at any visit
     * @param recordStatus     the status of the subject's records at this visit, by form OID
     * @param subjectForms     the subject-level forms saved, complete (true) or not (false); absent or null: none
     *                         saved. {@code ELIGIBILITY} and the baseline form types ({@code DEMOGRAPHICS},
     *                         {@code ECOG}, {@code TUMOUR}, ...)
     */
    public static List<Row> of(long subjectId, ScheduledVisit visit, Map<String, Form> formsByProcedure,
                               List<Form> anyVisitForms, Map<String, FormStatus> recordStatus,
                               Map<String, Boolean> subjectForms) {
        String code = visit.planned().code();
        List<String> procedures = visit.planned().procedures();
        Map<String, String> required = VisitProcedures.required(procedures);
        Set<String> counted = required.keySet();
        // the visit's missing procedures name one per kind of record (DOSING, not also WEIGHT): a procedure is missing
        // when the record that fulfils it is
        Set<String> missingRecords = new HashSet<>();
        visit.missing().forEach(m -> missingRecords.add(required.getOrDefault(m, m)));
        boolean closed = VisitStatus.NOT_DONE.name().equals(visit.status())
                || VisitStatus.NOT_APPLICABLE.name().equals(visit.status());
        // the visit that asks for eligibility is the screening visit: its ECOG and tumour items are the baseline's
        boolean screening = procedures.contains(ELIGIBILITY);
        List<Row> rows = new ArrayList<>();
        Set<String> shownForms = new HashSet<>();
        for (String p : procedures) {
            boolean missing = visit.missing().contains(p) || counted.contains(p) && missingRecords.contains(required.get(p));
            Form form = formsByProcedure.get(p);
            if (form != null) {
                shownForms.add(form.oid());
                rows.add(formRow(subjectId, code, p, form, recordStatus.get(form.oid()), missing, closed));
                continue;
            }
            ProcedureState state = missing ? (closed ? ProcedureState.NOT_RECORDED : ProcedureState.MISSING)
                    : counted.contains(p) ? ProcedureState.RECORDED : ProcedureState.NO_FORM;
            String href = null;
            if (LABS.contains(p)) {
                href = "/subject/view.xhtml?id=" + subjectId + "&section=labs&labVisit=" + encode(code);
            } else if (DOSING.contains(p)) {
                href = "/dosing/subject.xhtml?subject=" + subjectId;
            } else if (RADIOTHERAPY.contains(p)) {
                href = "/dosing/radiotherapy.xhtml?subject=" + subjectId;
            } else if (RT_CHECK.contains(p)) {
                href = "/ae/rt-checks.xhtml?subject=" + subjectId;
            } else if (RECIST.contains(p)) {
                href = (screening ? "/response/baseline.xhtml?subject=" : "/response/subject.xhtml?subject=") + subjectId;
            } else if ("SURVIVAL_STATUS".equals(p)) {
                href = "/followup/subject.xhtml?subject=" + subjectId;
            } else if (VisitProcedures.ADVERSE_EVENTS.equals(p)) {
                href = "/ae/list.xhtml?subject=" + subjectId;
                state = counted.contains(p) ? state : ProcedureState.LOG;
            } else if (ELIGIBILITY.equals(p)) {
                href = "/subject/view.xhtml?id=" + subjectId + "&section=eligibility";
                state = subjectFormState(subjectForms.get(ELIGIBILITY));
            } else if (BASELINE.containsKey(p) && screening) {
                href = "/subject/view.xhtml?id=" + subjectId + "&section=baseline";
                state = subjectFormState(subjectForms.get(BASELINE.get(p)));
            }
            rows.add(new Row(p, null, null, state, href));
        }
        for (Form f : anyVisitForms) {
            if (!shownForms.contains(f.oid()) && recordStatus.containsKey(f.oid())) {
                rows.add(formRow(subjectId, code, null, f, recordStatus.get(f.oid()), false, closed));
            }
        }
        return rows;
    }

    private static Row formRow(long subjectId, String visitCode, String procedure, Form form, FormStatus status,
                               boolean missing, boolean closed) {
        ProcedureState state = status == FormStatus.COMPLETE ? ProcedureState.COMPLETE
                : status == FormStatus.IN_PROGRESS ? ProcedureState.IN_PROGRESS
                : closed ? ProcedureState.NOT_RECORDED
                : missing ? ProcedureState.MISSING : ProcedureState.NOT_STARTED;
        return new Row(procedure, form.oid(), form.name(), state, formHref(subjectId, visitCode, form.oid()));
    }

    /** The form screen of a form at a visit of the subject. */
    public static String formHref(long subjectId, String visitCode, String formOid) {
        return "/subject/form.xhtml?subject=" + subjectId + "&visit=" + encode(visitCode) + "&form=" + encode(formOid);
    }

    /** A subject-level form: none saved (null), saved with a required item empty (false), or complete. */
    private static ProcedureState subjectFormState(Boolean complete) {
        return complete == null ? ProcedureState.NOT_STARTED
                : complete ? ProcedureState.COMPLETE : ProcedureState.IN_PROGRESS;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
