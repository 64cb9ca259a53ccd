package org.vigia.form.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigia.form.FormRecordView;
import org.vigia.form.FormService;
import org.vigia.form.FormStatus;
import org.vigia.form.definition.FormDefinition;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.subject.VisitScheduleService;

/**
 * The forms section of {@code subject/view.xhtml?id=…}: for each visit of the schedule the forms it asks for (a link
 * to {@code subject/form.xhtml}), a picker for the forms recordable at any visit, and the subject's saved form records
 * with their status; the forms by procedure and their records by visit for the casebook ({@link CasebookBacking}).
 */
@Named
@ViewScoped
public class SubjectFormsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FormService forms;

    @Inject
    private VisitScheduleService schedules;

    @Inject
    private org.vigia.subject.web.SubjectBacking subjectPage;

    /** A form as a link: OID and name in the view's language. */
    public record FormLink(String oid, String name) implements Serializable {
    }

    /** A saved form record of the subject. */
    public record RecordRow(String formOid, String formName, String visitCode, FormStatus status, Instant updatedAt,
                            String updatedBy) implements Serializable {
    }

    private String idParam;
    private Long subjectId;
    private HashMap<String, List<FormLink>> asked = new HashMap<>();
    private List<FormLink> anyVisitForms = new ArrayList<>();
    private List<String> visitCodes = new ArrayList<>();
    private List<RecordRow> records = new ArrayList<>();
    /** The library's forms by the procedure they record, and the forms recordable at any visit (for the casebook). */
    private HashMap<String, CasebookRows.Form> byProcedure = new HashMap<>();
    private List<CasebookRows.Form> anyVisit = new ArrayList<>();
    private String pickedVisit;
    private String pickedForm;

    /** The view action of the subject page ({@code f:viewParam id}). */
    public void load() {
        subjectId = ViewParams.id(idParam, "Subject");
        List<FormDefinition> library = forms.library();
        asked = new HashMap<>();
        visitCodes = new ArrayList<>();
        // the schedule the page's subject bean has just computed (its view action runs first), not a second one
        List<VisitScheduleService.ScheduledVisit> schedule = subjectPage.getSchedule() != null
                && subjectPage.getSubject() != null && subjectId.equals(subjectPage.getSubject().getId()) ? subjectPage.getSchedule() : schedules.schedule(subjectId);
        for (VisitScheduleService.ScheduledVisit v : schedule) {
            visitCodes.add(v.planned().code());
            List<FormLink> links = new ArrayList<>();
            for (FormDefinition f : library) {
                if (v.planned().procedures().contains(f.procedure())) {
                    links.add(link(f));
                }
            }
            asked.put(v.planned().code(), links);
        }
        anyVisitForms = library.stream().filter(FormDefinition::anyVisit).map(SubjectFormsBacking::link).toList();
        byProcedure = new HashMap<>();
        library.forEach(f -> byProcedure.put(f.procedure(), new CasebookRows.Form(f.oid(), f.name().in(Messages.locale()))));
        anyVisit = anyVisitForms.stream().map(f -> new CasebookRows.Form(f.oid(), f.name())).toList();
        records = new ArrayList<>();
        for (FormRecordView r : forms.records(subjectId)) {
            records.add(new RecordRow(r.formOid(), forms.definition(r.formOid(), r.formVersion()).name().in(Messages.locale()),
                    r.visitCode(), r.status(), r.updatedAt(), r.updatedBy()));
        }
    }

    private static FormLink link(FormDefinition f) {
        return new FormLink(f.oid(), f.name().in(Messages.locale()));
    }

    /** Opens the picked form at the picked visit. */
    public String open() {
        if (pickedVisit == null || pickedForm == null) {
            return null;
        }
        return "/subject/form?faces-redirect=true&subject=" + subjectId + "&visit="
                + java.net.URLEncoder.encode(pickedVisit, java.nio.charset.StandardCharsets.UTF_8) + "&form=" + pickedForm;
    }

    public List<FormLink> asked(String visitCode) {
        return asked.getOrDefault(visitCode, List.of());
    }

    /** The status of the subject's record of each form at a visit, by form OID (none: no record). */
    public Map<String, FormStatus> recordStatus(String visitCode) {
        Map<String, FormStatus> out = new HashMap<>();
        records.stream().filter(r -> r.visitCode().equals(visitCode)).forEach(r -> out.put(r.formOid(), r.status()));
        return out;
    }

    /** The form that records a procedure, if the library has one. */
    public CasebookRows.Form formFor(String procedure) {
        return byProcedure.get(procedure);
    }

    public Map<String, CasebookRows.Form> getByProcedure() { return byProcedure; }
    public List<CasebookRows.Form> getAnyVisit() { return anyVisit; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public Long getSubjectId() { return subjectId; }
    public List<FormLink> getAnyVisitForms() { return anyVisitForms; }
    public List<String> getVisitCodes() { return visitCodes; }
    public List<RecordRow> getRecords() { return records; }
    public String getPickedVisit() { return pickedVisit; }
    public void setPickedVisit(String pickedVisit) { this.pickedVisit = pickedVisit; }
    public String getPickedForm() { return pickedForm; }
    public void setPickedForm(String pickedForm) { this.pickedForm = pickedForm; }
}
