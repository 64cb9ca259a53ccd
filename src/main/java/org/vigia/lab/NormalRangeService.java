package org.vigia.lab;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.CsvCells;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.Site;
import org.vigia.terminology.LabTest;

/**
 * Administration of laboratory normal ranges (LLN/ULN per site, test, sex and age band): list, add, remove (with
 * a reason), and import from CSV. CSV columns (header row required, comma-separated, UTF-8):
 * {@code site,test,sex,age_min,age_max,unit,lln,uln}; {@code site} is a site code or empty for the default of
 * every site, {@code test} a {@link LabTest} code, {@code sex} M, F or empty for both, ages inclusive (empty:
 * open), {@code unit} one the test accepts. An import is all or nothing: any bad line refuses the whole file,
 * naming the line.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class NormalRangeService {

    public static final List<String> CSV_COLUMNS = List.of("site", "test", "sex", "age_min", "age_max", "unit", "lln", "uln");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    public List<NormalRange> list() {
        return em.createQuery("select r from NormalRange r order by r.test, r.siteId, r.sex, r.ageMin", NormalRange.class)
                .getResultList();
    }

    public NormalRange create(Long siteId, LabTest test, String sex, Integer ageMin, Integer ageMax, String unit,
                              BigDecimal lln, BigDecimal uln) {
        FieldErrors errors = new FieldErrors()
                .require(test != null, "test", Text.of(Bundle.SUBJECT, "lab.refused.chooseTest"))
                .require(sex == null || sex.equals("M") || sex.equals("F"), "sex", Text.of(Bundle.SUBJECT, "range.refused.sex"))
                .require(ageMin == null || ageMin >= 0 && ageMin <= 130, "ageMin", Text.of(Bundle.SUBJECT, "range.refused.age"))
                .require(ageMax == null || ageMax >= 0 && ageMax <= 130, "ageMax", Text.of(Bundle.SUBJECT, "range.refused.age"))
                .require(ageMin == null || ageMax == null || ageMin <= ageMax, "ageMax", Text.of(Bundle.SUBJECT, "range.refused.ageBand"))
                .require(lln != null || uln != null, "uln", Text.of(Bundle.SUBJECT, "range.refused.limits"))
                .require(lln == null || lln.signum() >= 0, "lln", Text.of(Bundle.SUBJECT, "range.refused.negative"))
                .require(uln == null || uln.signum() > 0, "uln", Text.of(Bundle.SUBJECT, "range.refused.uln"))
                .require(siteId == null || em.find(Site.class, siteId) != null, "siteId", Text.of(Bundle.SUBJECT, "range.refused.site"))
                .require(unit != null && !unit.isBlank(), "unit", Text.of(Bundle.SUBJECT, "range.refused.unitRequired"));
        errors.require(test == null || unit == null || test.accepts(unit), "unit", test == null ? Text.plain("") : Text.of(Bundle.SUBJECT, "lab.refused.unit", unit, test.displayName(), String.valueOf(test.units())));
        errors.throwIfAny();
        NormalRange r = new NormalRange(siteId, test, sex, ageMin, ageMax, test.listedUnit(unit).orElse(unit), lln, uln);
        em.persist(r);
        em.flush();
        audit.recordAll(AuditEntry.of("CREATE", "NormalRange", r.getId()).scope(null, siteId, null)
                .changes(Map.of(), describe(r)));
        return r;
    }

    public void delete(Long id, long expectedVersion, String reason) {
        NormalRange r = em.find(NormalRange.class, id);
        if (r == null) {
            throw new RecordNotFound("Normal range", id);
        }
        if (r.getVersion() != expectedVersion) {
            throw new org.vigia.shared.EditConflict(Text.of(Bundle.SUBJECT, "record.normalRange", id));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", Text.of(Bundle.SUBJECT, "range.refused.reason"));
        }
        Map<String, Object> before = describe(r);
        Map<String, Object> after = new LinkedHashMap<>();
        before.keySet().forEach(k -> after.put(k, null));
        em.remove(r);
        List<AuditEntry> rows = new ArrayList<>();
        AuditEntry.of("DELETE", "NormalRange", id).scope(null, r.getSiteId(), null).changes(before, after)
                .forEach(e -> rows.add(e.reason(reason)));
        audit.recordAll(rows);
    }

    /** Imports every line of a CSV file (columns {@link #CSV_COLUMNS}); returns how many ranges were added. */
    public int importCsv(Reader csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(CsvCells.withoutBom(csv)).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("file", Text.of(Bundle.SUBJECT, "range.refused.csv", e.getMessage()));
        }
        int added = 0;
        for (CSVRecord rec : records) {
            long line = rec.getRecordNumber() + 1;
            try {
                for (String column : CSV_COLUMNS) {
                    if (!rec.isMapped(column)) {
                        throw new InvalidInput("file", Text.of(Bundle.SUBJECT, "range.refused.header", String.join(",", CSV_COLUMNS)));
                    }
                }
                String siteCode = blank(rec.get("site"));
                Long siteId = null;
                if (siteCode != null) {
                    siteId = em.createQuery("select s.id from Site s where s.code = :c", Long.class)
                            .setParameter("c", siteCode).getResultStream().findFirst()
                            .orElseThrow(() -> new InvalidInput("site", Text.of(Bundle.SUBJECT, "range.refused.siteCode", siteCode)));
                }
                LabTest test = LabTest.byCode(rec.get("test"))
                        .orElseThrow(() -> new InvalidInput("test", Text.of(Bundle.SUBJECT, "range.refused.testCode", rec.get("test"))));
                String sex = blank(rec.get("sex"));
                create(siteId, test, sex == null ? null : sex.toUpperCase(Locale.ROOT), integer(rec.get("age_min")),
                        integer(rec.get("age_max")), rec.get("unit"), decimal(rec.get("lln")), decimal(rec.get("uln")));
                added++;
            } catch (InvalidInput e) {
                throw new InvalidInput("file", Text.of(Bundle.SUBJECT, "range.refused.line", line, e.text()));
            } catch (NumberFormatException e) {
                throw new InvalidInput("file", Text.of(Bundle.SUBJECT, "range.refused.number", line, e.getMessage()));
            }
        }
        if (added == 0) {
            throw new InvalidInput("file", Text.of(Bundle.SUBJECT, "range.refused.empty"));
        }
        return added;
    }

    private static Map<String, Object> describe(NormalRange r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siteId", r.getSiteId());
        m.put("test", r.getTest());
        m.put("sex", r.getSex());
        m.put("ageMin", r.getAgeMin());
        m.put("ageMax", r.getAgeMax());
        m.put("unit", r.getUnit());
        m.put("lln", r.getLln());
        m.put("uln", r.getUln());
        return m;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Integer integer(String s) {
        return blank(s) == null ? null : Integer.valueOf(s.trim());
    }

    private static BigDecimal decimal(String s) {
        return blank(s) == null ? null : new BigDecimal(s.trim());
    }
}
