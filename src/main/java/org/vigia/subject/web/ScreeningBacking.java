package org.vigia.subject.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.platform.web.Messages;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code subject/screen.xhtml?study=NCT…}: registers a subject at one of the user's sites with a screening
 * number, sex, year of birth, consent and screening dates. Refusals show beside the field and keep the input.
 */
@Named
@ViewScoped
public class ScreeningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studies;

    @Inject
    private SubjectService subjects;

    @Inject
    private SiteService sites;

    @Inject
    private AccessGuard access;

    private String registryId;
    private List<Site> siteChoices;
    private Long siteId;
    @MaxLength(TextLimits.SCREENING_NUMBER)
    private String screeningNumber;
    private String sex;
    private Integer birthYear;
    private LocalDate consentDate;
    private LocalDate screenedOn = LocalDate.now();

    /** The view action of {@code subject/screen.xhtml?study=NCT...} ({@code f:viewParam study}). */
    public void load() {
        Study study = studies.getByRegistryId(registryId == null ? "" : registryId);
        Set<Long> visible = access.visibleSiteIds(study.getId());
        siteChoices = sites.listVisible().stream().filter(s -> visible == null || visible.contains(s.getId())).toList();
        if (siteChoices.size() == 1) {
            siteId = siteChoices.get(0).getId();
        }
    }

    public String register() {
        if (siteId == null) {
            throw new org.vigia.shared.InvalidInput("siteId", Text.of(Bundle.SUBJECT, "screen.chooseSite"));
        }
        Subject s = subjects.register(registryId, siteId, screeningNumber, sex, birthYear, consentDate, screenedOn);
        return "/subject/view?faces-redirect=true&id=" + s.getId();
    }

    public String getRegistryId() { return registryId; }
    public void setRegistryId(String registryId) { this.registryId = registryId; }
    public List<Site> getSiteChoices() { return siteChoices; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getScreeningNumber() { return screeningNumber; }
    public void setScreeningNumber(String screeningNumber) { this.screeningNumber = screeningNumber; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate consentDate) { this.consentDate = consentDate; }
    public LocalDate getScreenedOn() { return screenedOn; }
    public void setScreenedOn(LocalDate screenedOn) { this.screenedOn = screenedOn; }
}
