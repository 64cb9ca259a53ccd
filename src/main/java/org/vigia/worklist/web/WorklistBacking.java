package org.vigia.worklist.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyService;
import org.vigia.worklist.WorklistItem;
import org.vigia.worklist.WorklistService;

/**
 * Backs {@code worklist/index.xhtml}: the overdue records the caller may see, of one study and site when the page is
 * opened from a data manager's counts ({@code ?study=NCT07041788&site=CN02}), newest overdue first.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorklistService worklist;

    @Inject
    private StudyService studies;

    @Inject
    private SiteService sites;

    private String study;
    private String site;
    private List<WorklistItem> items = List.of();

    /** The view action: loads the list (an unknown study answers 404, an unknown site is refused). */
    public void open() {
        Long studyId = study == null || study.isBlank() ? null : studies.getByRegistryId(study).getId();
        Long siteId = site == null || site.isBlank() ? null : sites.findByCode(site).orElseThrow(() ->
                new InvalidInput("site", Text.of(Bundle.MESSAGES, "worklist.site.unknown", site))).getId();
        items = worklist.items(studyId, siteId);
    }

    public String getStudy() { return study; }
    public void setStudy(String study) { this.study = study; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public List<WorklistItem> getItems() { return items; }
}
