package org.vigia.response.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.vigia.response.assessment.StudyResponseService;
import org.vigia.response.assessment.StudyResponseSummary;

/** Backs {@code response/study.xhtml}: ORR, DCR, fixed-time ORR and ORR by irradiation group of one study. */
@Named
@ViewScoped
public class StudyResponseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudyResponseService summaries;

    private String registryId;
    private StudyResponseSummary summary;

    /** The view action of {@code response/study.xhtml?study=NCT...} ({@code f:viewParam study}). */
    public void load() {
        summary = summaries.summary(registryId);
    }

    /** A rate as "1/3 (33.3 %; 95 % CI 0.8–90.6 %)". */
    public String format(StudyResponseSummary.Rate r) {
        if (r == null || r.denominator() == 0) {
            return "–";
        }
        return String.format(java.util.Locale.ROOT, "%d/%d (%.1f %%; 95 %% CI %.1f–%.1f %%)", r.responders(),
                r.denominator(), r.rate() * 100, r.ci95Lower() * 100, r.ci95Upper() * 100);
    }

    public String getRegistryId() { return registryId; }
    public void setRegistryId(String registryId) { this.registryId = registryId; }
    public StudyResponseSummary getSummary() { return summary; }
}
