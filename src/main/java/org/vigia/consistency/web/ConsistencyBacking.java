package org.vigia.consistency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.vigia.consistency.ConsistencyFinding;
import org.vigia.consistency.ConsistencyReportService;
import org.vigia.consistency.ConsistencyRule;
import org.vigia.study.Study;

/**
 * Backs {@code dm/consistency.xhtml?study=NCT07041788}: the data-consistency report of a study, counts by rule
 * then one row per finding, in the view's language.
 */
@Named
@ViewScoped
public class ConsistencyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsistencyReportService report;

    private List<Study> studies;
    private String study;
    private List<ConsistencyFinding> findings = List.of();
    private Map<ConsistencyRule, Long> counts = Map.of();

    /** The view action ({@code f:viewParam study} sets {@link #setStudy} first): the requested study or the first. */
    public void open() {
        studies = report.studies();
        if (study == null) {
            study = studies.isEmpty() ? null : studies.get(0).getRegistryId();
        }
        load();
    }

    public void load() {
        if (study == null) {
            return;
        }
        findings = report.findings(study);
        counts = ConsistencyReportService.countByRule(findings);
    }

    public List<Map.Entry<ConsistencyRule, Long>> getCounts() { return counts.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList(); }
    public List<Study> getStudies() { return studies; }
    public String getStudy() { return study; }
    public void setStudy(String study) { this.study = study; }
    public List<ConsistencyFinding> getFindings() { return findings; }
}
