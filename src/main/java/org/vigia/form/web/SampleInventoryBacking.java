package org.vigia.form.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigia.form.FormService;
import org.vigia.form.SampleInventoryService;
import org.vigia.form.SampleInventoryService.Sample;
import org.vigia.form.SampleInventoryService.SampleInventory;
import org.vigia.form.definition.FormDefinition;
import org.vigia.platform.web.Messages;
import org.vigia.shared.text.Bundle;
import org.vigia.study.Study;
import org.vigia.study.StudyService;

/**
 * Backs {@code study/samples.xhtml?study=NCT07041788[&site=CN01][&status=STORED]}: the sample inventory of a study
 * ({@link SampleInventoryService}) filtered by site and status, the counts of the listed samples by status and by
 * specimen type, and the samples, each linking to its form record. Codes are shown by their labels from the record's
 * form version, in the view's language. Keeps the filters and the rows as shown (strings), never definitions.
 */
@Named
@ViewScoped
public class SampleInventoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SampleInventoryService samples;

    @Inject
    private FormService forms;

    @Inject
    private StudyService studies;

    /** A sample as shown: codes by their labels, the use, shipment or destruction in one text. */
    public record Row(Long subjectId, String subject, String siteCode, String visitCode, String sampleId, String type,
                      String tube, String collected, String processed, Integer aliquots, String location,
                      Integer temperature, boolean temperatureConfirmed, String statusCode, String status,
                      String details) implements Serializable {
    }

    /** A count: the code, its label and the number of samples listed. */
    public record Count(String code, String label, long count) implements Serializable {
    }

    private String study;
    private String siteParam;
    private String statusParam;
    private String site;
    private String status;
    private String title;
    private ArrayList<String> siteCodes = new ArrayList<>();
    private ArrayList<Count> statuses = new ArrayList<>();
    private ArrayList<Count> byStatus = new ArrayList<>();
    private ArrayList<Count> byType = new ArrayList<>();
    private ArrayList<Row> rows = new ArrayList<>();

    /** The view action: the study (404 when unknown), the sites the caller sees, the samples. */
    public void open() {
        site = siteParam;
        status = statusParam;
        Study s = studies.getByRegistryId(study);
        title = s.getRegistryId() + (s.getShortTitle() == null ? "" : " · " + s.getShortTitle());
        siteCodes = new ArrayList<>(samples.siteCodes(s.getId()));
        FormDefinition latest = forms.definition(SampleInventoryService.FORM);
        Locale locale = Messages.locale();
        statuses = new ArrayList<>(latest.item("BSSTAT").flatMap(i -> latest.codeList(i.codeList())).map(l -> l.codes()
                .stream().map(c -> new Count(c.code(), c.label().in(locale), 0)).toList()).orElse(List.of()));
        load();
    }

    /** The filter button: the samples of the site and status chosen. */
    public void filter() {
        load();
    }

    private void load() {
        SampleInventory inventory = samples.inventory(studies.getByRegistryId(study).getId(), site, status);
        Locale locale = Messages.locale();
        FormDefinition latest = forms.definition(SampleInventoryService.FORM);
        Map<Integer, FormDefinition> versions = new HashMap<>();
        rows = new ArrayList<>();
        for (Sample x : inventory.samples()) {
            FormDefinition def = versions.computeIfAbsent(x.formVersion(),
                    v -> forms.definition(SampleInventoryService.FORM, v));
            rows.add(new Row(x.subjectId(), x.subject(), x.siteCode(), x.visitCode(), x.sampleId(),
                    label(def, "BSSPEC", x.type(), locale), label(def, "BSTUBE", x.tube(), locale),
                    join(x.collectedOn() == null ? null : x.collectedOn().toString(), x.collectedAt()),
                    x.processedAt() == null ? null : Messages.text(Bundle.FORM, "samples.processed", x.processedAt()),
                    x.aliquots(), x.location(), x.temperature(), x.temperatureConfirmed(), x.status(),
                    label(def, "BSSTAT", x.status(), locale), details(def, x, locale)));
        }
        byStatus = counts(latest, "BSSTAT", inventory.byStatus(), locale);
        byType = counts(latest, "BSSPEC", inventory.byType(), locale);
    }

    /** Used for, shipped on … to …, destroyed on … (reason), as the status says. */
    private static String details(FormDefinition def, Sample x, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (x.assay() != null) {
            parts.add(Messages.text(Bundle.FORM, "samples.usedFor", x.assay()));
        }
        if (x.shippedOn() != null || x.shippedTo() != null) {
            parts.add(Messages.text(Bundle.FORM, "samples.shipped", x.shippedOn() == null ? "–" : x.shippedOn().toString(),
                    x.shippedTo() == null ? "–" : x.shippedTo()));
        }
        if (x.destroyedOn() != null || x.destructionReason() != null) {
            parts.add(Messages.text(Bundle.FORM, "samples.destroyed", x.destroyedOn() == null ? "–" : x.destroyedOn().toString(),
                    x.destructionReason() == null ? "–" : label(def, "BSDSTRSN", x.destructionReason(), locale)));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static ArrayList<Count> counts(FormDefinition def, String item, Map<String, Long> counts, Locale locale) {
        ArrayList<Count> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new Count(code, label(def, item, code, locale), n)));
        return out;
    }

    /** The label of a code of the item's code list in the form version, the code itself when the list lacks it. */
    static String label(FormDefinition def, String item, String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return def.item(item).flatMap(i -> def.codeList(i.codeList())).flatMap(l -> l.find(code))
                .map(c -> c.label().in(locale)).orElse(code);
    }

    private static String join(String date, String time) {
        return date == null ? time : time == null ? date : date + " " + time;
    }

    /** The status options of the filter: the codes of the form's status list with their labels. */
    public List<Count> getStatuses() { return statuses; }
    public long getTotal() { return rows.size(); }
    public String getStudy() { return study; }
    public void setStudy(String study) { this.study = study; }
    public String getSiteParam() { return siteParam; }
    public void setSiteParam(String siteParam) { this.siteParam = siteParam; }
    public String getStatusParam() { return statusParam; }
    public void setStatusParam(String statusParam) { this.statusParam = statusParam; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getTitle() { return title; }
    public List<String> getSiteCodes() { return siteCodes; }
    public List<Count> getByStatus() { return byStatus; }
    public List<Count> getByType() { return byType; }
    public List<Row> getRows() { return rows; }
}
