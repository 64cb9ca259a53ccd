package org.vigia.dmc;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Languages;
import org.vigia.shared.text.Text;
import org.vigia.study.Study;
import org.vigia.study.StudyService;

/**
 * The DMC safety report for DMC members and administrators: the tables on screen, and the report file
 * (PDF, XLSX or zip of CSV) at a data cut-off, recorded in {@code dmc_report} and audited
 * ({@code DMC_REPORT_GENERATE}). Access: {@code @RolesAllowed} DMC_MEMBER or ADMIN, and a role in the study.
 *
 * <pre>{@code
 * DmcReportFile pdf = reports.generate("NCT07041788", LocalDate.of(2027, 6, 30), DmcReportFormat.PDF, Locale.ENGLISH);
 * }</pre>
 */
@Stateless
@RolesAllowed({Role.Names.DMC_MEMBER, Role.Names.ADMIN})
public class DmcReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private DmcDataSource data;

    @Inject
    private DmcStoppingRuleMonitor monitor;

    /** The studies the caller may report on. */
    public List<Study> studies() {
        return studies.listVisible();
    }

    /** The report computed in memory (for the tables on screen); not recorded. */
    public DmcReport preview(String registryId, LocalDate cutOff, Locale locale) {
        Study study = study(registryId, cutOff);
        return build(study, cutOff, locale);
    }

    /** Builds, renders, records and audits the report of {@code registryId} at {@code cutOff}. */
    public DmcReportFile generate(String registryId, LocalDate cutOff, DmcReportFormat format, Locale locale) {
        if (format == null) {
            throw new InvalidInput("format", Text.of(Bundle.MESSAGES, "dmc.refused.chooseFormat"));
        }
        Study study = study(registryId, cutOff);
        DmcReport report = build(study, cutOff, locale);
        byte[] bytes = format.render(report);
        GeneratedDmcReport record = new GeneratedDmcReport(study.getId(), report.metadata(), format, access.caller(),
                sha256(bytes), bytes.length);
        em.persist(record);
        em.flush();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("cutOff", cutOff);
        fields.put("format", format.code());
        fields.put("language", record.getLanguage());
        fields.put("definitionVersion", record.getDefinitionVersion());
        fields.put("dataSha256", record.getDataSha256());
        fields.put("fileSha256", record.getFileSha256());
        audit.recordAll(AuditEntry.of("DMC_REPORT_GENERATE", "GeneratedDmcReport", record.getId())
                .scope(study.getId(), null, null).changes(Map.of(), fields));
        String name = "dmc-report-" + study.getRegistryId() + "-" + cutOff + format.fileSuffix();
        return new DmcReportFile(record.getId(), name, format, bytes, report.checksum());
    }

    /** The reports generated for a study, newest first. */
    public List<GeneratedDmcReport> history(String registryId) {
        Study study = studies.getByRegistryId(registryId);
        access.requireStudy(study.getId(), "DMC reports of " + registryId);
        return em.createQuery("select r from GeneratedDmcReport r where r.studyId = :s"
                        + " order by r.generatedAt desc, r.id desc", GeneratedDmcReport.class)
                .setParameter("s", study.getId()).setMaxResults(200).getResultList();
    }

    private Study study(String registryId, LocalDate cutOff) {
        if (cutOff == null) {
            throw new InvalidInput("cutoff", Text.of(Bundle.MESSAGES, "dmc.refused.cutoff"));
        }
        Study study = studies.getByRegistryId(registryId);
        access.requireStudy(study.getId(), "DMC reports of " + registryId);
        return study;
    }

    private DmcReport build(Study study, LocalDate cutOff, Locale locale) {
        Locale language = supported(locale);
        DmcDataset dataset = data.assemble(study, cutOff, language);
        if (!cutOff.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            monitor.evaluate(study, dataset); // data up to today: the stopping rules' current state
        }
        return new DmcReportBuilder(language, Clock.systemUTC()).build(dataset);
    }

    /** A stopping-rule alert as the DMC dashboard lists it. */
    public record StoppingRuleAlert(String ruleType, int crossing, LocalDate dataUpTo, int events, int treated,
                                    java.math.BigDecimal threshold, String recipientKind, String recipient,
                                    String emailStatus, java.time.Instant createdAt) implements java.io.Serializable {
    }

    /** The stopping-rule alerts of a study, newest first. */
    public List<StoppingRuleAlert> alerts(String registryId) {
        Study study = studies.getByRegistryId(registryId);
        access.requireStudy(study.getId(), "DMC reports of " + registryId);
        return monitor.alerts(study.getId(), 100).stream().map(r -> new StoppingRuleAlert((String) r[0],
                ((Number) r[1]).intValue(), r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (java.math.BigDecimal) r[5], (String) r[6],
                (String) r[7], (String) r[8], r[9] instanceof java.sql.Timestamp t ? t.toInstant()
                        : ((java.time.LocalDateTime) r[9]).toInstant(ZoneOffset.UTC))).toList();
    }

    /** Simplified Chinese for any Chinese locale, French for any French one, else English (the report's languages). */
    public static Locale supported(Locale locale) {
        return Languages.orEnglish(locale);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
