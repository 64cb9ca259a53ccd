package org.vigia.ae.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigia.ae.AdverseEventService;
import org.vigia.ae.SafetyNotification;
import org.vigia.ae.SafetyNotifier;
import org.vigia.ae.SeriousAdverseEventRow;
import org.vigia.ae.SeriousnessCriterion;
import org.vigia.platform.web.Messages;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;

/** Backs {@code ae/sae.xhtml}: the SAEs of a study with the initial-report deadline and state, and notifications. */
@Named
@ViewScoped
public class SaeListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studies;

    @Inject
    private AdverseEventService adverseEvents;

    @Inject
    private SafetyNotifier notifier;

    @Inject
    private SiteService sites;

    private List<Study> studyList;
    private Long studyId;
    private List<SeriousAdverseEventRow> rows = List.of();
    private List<SafetyNotification> notifications = List.of();
    private Map<Long, String> zones = Map.of();
    private String study;

    @PostConstruct
    void init() {
        studyList = studies.listVisible();
        zones = sites.listVisible().stream().collect(Collectors.toMap(Site::getId, Site::getTimeZone));
        if (!studyList.isEmpty()) {
            studyId = studyList.get(0).getId();
            load();
        }
    }

    /** {@code ?study=NCT...} opens that study's list. */
    public void open() {
        if (study != null && !study.isBlank()) {
            studyId = studies.getByRegistryId(study).getId();
            load();
        }
    }

    public void load() {
        rows = studyId == null ? List.of() : adverseEvents.saes(studyId);
        notifications = studyId == null ? List.of() : notifier.forStudy(studyId, 50);
    }

    /**
     * The seriousness criteria of a row by their labels in the view's language ("Death (AESDTH), Hospitalisation
     * (AESHOSP)"); the row carries the CDASH variables, as the API gives them.
     */
    public String criteria(SeriousAdverseEventRow row) {
        if (row.criteria() == null || row.criteria().isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(row.criteria().split(",\\s*"))
                .map(v -> SeriousnessCriterion.ofCdashVariable(v)
                        .map(c -> Texts.label(Bundle.AE, Messages.locale(), c)).orElse(v))
                .collect(Collectors.joining(", "));
    }

    public String zoneOf(Long siteId) {
        return zones.getOrDefault(siteId, "UTC");
    }

    public String getStudy() { return study; }
    public void setStudy(String study) { this.study = study; }
    public List<Study> getStudyList() { return studyList; }
    public Long getStudyId() { return studyId; }
    public void setStudyId(Long studyId) { this.studyId = studyId; }
    public List<SeriousAdverseEventRow> getRows() { return rows; }
    public List<SafetyNotification> getNotifications() { return notifications; }
}
