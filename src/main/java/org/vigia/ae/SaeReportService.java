package org.vigia.ae;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.Site;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.Subject;

/** Builds the CIOMS-I-like SAE report PDF of one serious AE ({@link SaeReportPdf}); the download is audited. */
@Stateless
public class SaeReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdverseEventService adverseEvents;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    /** The report of a serious AE in {@code locale} (headings, labels, coded values). */
    public byte[] pdf(Long aeId, java.util.Locale locale) {
        AdverseEvent ae = adverseEvents.get(aeId);
        if (!ae.isSerious()) {
            throw new InvalidInput("serious", Text.of(Bundle.AE, "ae.sae.notSerious"));
        }
        Subject subject = adverseEvents.subjectOf(ae);
        Study study = studies.get(subject.getStudyId());
        StudyDefinition def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        Site site = em.find(Site.class, subject.getSiteId());
        List<String> contacts = def.safetyContacts().stream().map(c -> c.role() + ": " + c.name()
                + (c.email() == null ? "" : " <" + c.email() + ">") + (c.phone() == null ? "" : ", " + c.phone()))
                .toList();
        byte[] pdf = SaeReportPdf.render(new SaeReportPdf.Report(study.getRegistryId(), study.getTitle(),
                site == null ? "" : site.getCode(), site == null ? "" : site.getCountry(), subject.label(),
                subject.getSex().code(), subject.getBirthYear(), AdverseEventListing.of(ae), ae.getAwarenessAt(),
                ae.getSaeDueAt(), ae.getSaeReportedAt(), contacts, access.caller(), Instant.now()), locale);
        audit.record(AuditEntry.of("EXPORT", "AdverseEvent", ae.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label()));
        return pdf;
    }
}
