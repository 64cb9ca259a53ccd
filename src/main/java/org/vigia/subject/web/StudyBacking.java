package org.vigia.subject.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.platform.web.Messages;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.RandomisationReportService;
import org.vigia.subject.RandomisationReportService.StratumBalance;
import org.vigia.subject.SubjectMatrixService;
import org.vigia.subject.SubjectMatrixService.VisitColumn;
import org.vigia.subject.SubjectStatus;

/**
 * Backs {@code study/view.xhtml?study=NCT…}: the study's arms, schedule and eligibility criteria from its
 * definition, the subject matrix (lazy, sorted and filtered in the database) and, for administrators, the
 * randomisation balance per stratum.
 */
@Named
@ViewScoped
public class StudyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studies;

    @Inject
    private SubjectMatrixService matrix;

    @Inject
    private SiteService sites;

    @Inject
    private AccessGuard access;

    @Inject
    private RandomisationReportService randomisation;

    private Study study;
    private StudyDefinition definition;
    private SubjectMatrixModel model;
    private List<VisitColumn> columns;
    private Long siteFilter;
    private String statusFilter;
    private String numberFilter;
    private List<StratumBalance> balance;
    private String registryId;

    /** The view action of {@code study/view.xhtml?study=NCT...} ({@code f:viewParam study}). */
    public void load() {
        study = studies.getByRegistryId(registryId == null ? "" : registryId);
        access.requireStudy(study.getId(), "study " + study.getRegistryId());
        definition = studies.currentDefinition(study.getId());
        columns = definition.visits().stream().map(v -> new VisitColumn(v.code(), v.name())).toList();
        model = new SubjectMatrixModel(matrix, study.getId(), this);
    }

    public void applyFilters() {
        // the lazy model reads the filters on its next load
    }

    public void loadBalance() {
        balance = randomisation.balance(study.getRegistryId());
    }

    public boolean isAdmin() {
        return access.hasRole(Role.ADMIN);
    }

    public boolean isRandomised() {
        return definition.allocation() != null
                && definition.allocation().method() == org.vigia.study.definition.AllocationMethod.RANDOMISED;
    }

    public List<Site> getSites() {
        return sites.listVisible();
    }

    /** The visit statuses of the matrix legend, in their order. */
    public List<org.vigia.subject.VisitStatus> getVisitStatuses() {
        return List.of(org.vigia.subject.VisitStatus.values());
    }

    public List<SubjectStatus> getStatuses() {
        return List.of(SubjectStatus.values());
    }

    public Study getStudy() { return study; }
    public String getRegistryId() { return registryId; }
    public void setRegistryId(String registryId) { this.registryId = registryId; }
    public StudyDefinition getDefinition() { return definition; }
    public SubjectMatrixModel getModel() { return model; }
    public List<VisitColumn> getColumns() { return columns; }
    public List<StratumBalance> getBalance() { return balance; }
    public Long getSiteFilter() { return siteFilter; }
    public void setSiteFilter(Long siteFilter) { this.siteFilter = siteFilter; }
    public String getStatusFilter() { return statusFilter; }
    public void setStatusFilter(String statusFilter) { this.statusFilter = statusFilter; }
    public String getNumberFilter() { return numberFilter; }
    public void setNumberFilter(String numberFilter) { this.numberFilter = numberFilter; }
}
