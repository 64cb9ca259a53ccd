package org.vigia.form;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigia.account.AccessGuard;
import org.vigia.account.Membership;
import org.vigia.account.Role;
import org.vigia.form.definition.CodeList;
import org.vigia.form.definition.FormDefinition;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * The sample inventory of a study: every sample row of the biospecimen form records ({@code BS}, one row per sample:
 * {@code BS[n].BSREFID}, ...) of the study's subjects, with where it is stored and what became of it, optionally of
 * one site and one status; and the counts of the listed samples by status and by specimen type. NCT07041788: "A sample
 * tracking database records storage locations, collection times, and usage".
 * <pre>{@code
 * SampleInventory inv = samples.inventory(studyId, "CN01", "STORED");
 * inv.byStatus();   // {STORED=12}
 * }</pre>
 * Access as for the subjects' records: only samples of subjects at sites where the caller holds a role in the study
 * (administrators: every site); a DMC member's membership gives none (403, audited, when it is the caller's only role
 * in the study); a study where the caller holds no role, or a site filter naming a site the caller holds no role at,
 * answers 403 (audited). The values shown are those stored (codes, ISO dates); the screens show codes by their labels
 * from the record's form version.
 */
@Stateless
public class SampleInventoryService {

    /** The biospecimen form, its sample group and items (config/forms/BS.yaml). */
    public static final String FORM = "BS";
    static final String GROUP = "BS";
    static final String STATUS_ITEM = "BSSTAT";
    static final String TYPE_ITEM = "BSSPEC";

    /** The roles that see a site's samples: every role but the DMC member's. */
    private static final Role[] STUDY_STAFF = {Role.ADMIN, Role.DATA_MANAGER, Role.MONITOR, Role.INVESTIGATOR,
        Role.SITE_COORDINATOR};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard access;

    @Inject
    private FormLibraryRegistry registry;

    /**
     * One sample: the record and subject it belongs to ({@code recordId}, {@code subjectId}, the subject's label, its
     * site's code, the visit and the row of the form), its values as stored (codes, ISO dates, {@code HH:mm} times),
     * the location as "freezer / rack / box / position" ({@code –} for a part not recorded; null when none is), the
     * temperature and whether it was stored with its out-of-range warning confirmed, and the form version.
     */
    public record Sample(Long recordId, Long subjectId, String subject, String siteCode, String visitCode, int row,
                         String sampleId, String type, String tube, LocalDate collectedOn, String collectedAt,
                         String processedAt, Integer aliquots, String freezer, String rack, String box, String position,
                         String location, Integer temperature, boolean temperatureConfirmed, String status,
                         String assay, LocalDate shippedOn, String shippedTo, LocalDate destroyedOn,
                         String destructionReason, int formVersion) {
    }

    /** The listed samples and their counts by status and by specimen type (codes, in the code lists' order). */
    public record SampleInventory(List<Sample> samples, Map<String, Long> byStatus, Map<String, Long> byType) {
    }

    /**
     * The samples of the study at the sites the caller sees, of one site ({@code siteCode}, null or blank: all) and
     * one status ({@code status}: a code of the form's status list, null or blank: all), by site, subject,
     * collection date, visit and row.
     */
    public SampleInventory inventory(Long studyId, String siteCode, String status) {
        String what = "sample inventory of study " + studyId;
        access.requireStudy(studyId, what);
        Set<Long> visible = staffSites(studyId, what);
        FormDefinition latest = registry.library().latest(FORM).orElseThrow(() -> new RecordNotFound("Form", FORM));
        List<String> statuses = codes(latest, STATUS_ITEM);
        String statusFilter = status == null || status.isBlank() ? null : status;
        if (statusFilter != null && !statuses.contains(statusFilter)) {
            throw new InvalidInput("status", Text.of(Bundle.FORM, "samples.refused.status", statusFilter,
                    String.join(", ", statuses)));
        }
        Long siteFilter = null;
        if (siteCode != null && !siteCode.isBlank()) {
            siteFilter = em.createQuery("select s.id from Site s where s.code = :c", Long.class).setParameter("c", siteCode)
                    .getResultStream().findFirst().orElseThrow(() -> new InvalidInput("site",
                            Text.of(Bundle.FORM, "samples.refused.site", siteCode)));
            if (visible != null && !visible.contains(siteFilter)) {
                access.requireRoleAt(studyId, siteFilter, what + " at site " + siteCode, STUDY_STAFF);
            }
        }
        List<Sample> samples = load(studyId, visible, siteFilter).stream()
                .filter(s -> statusFilter == null || statusFilter.equals(s.status())).toList();
        Map<String, Long> byStatus = counts(statuses, samples.stream().map(Sample::status).toList());
        Map<String, Long> byType = counts(codes(latest, TYPE_ITEM), samples.stream().map(Sample::type).toList());
        return new SampleInventory(samples, byStatus, byType);
    }

    /** The codes of the study's sites whose samples the caller sees, by code. */
    public List<String> siteCodes(Long studyId) {
        String what = "sample inventory of study " + studyId;
        access.requireStudy(studyId, what);
        Set<Long> visible = staffSites(studyId, what);
        List<?> rows = em.createNativeQuery("select s.id, s.code from study_site ss join site s on s.id = ss.site_id"
                + " where ss.study_id = ? order by s.code").setParameter(1, studyId).getResultList();
        List<String> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (visible == null || visible.contains(((Number) r[0]).longValue())) {
                out.add((String) r[1]);
            }
        }
        return out;
    }

    /**
     * The sites of the study where the caller holds a role other than DMC member, null for every site; refuses (403,
     * audited) a caller who holds none there.
     */
    private Set<Long> staffSites(Long studyId, String what) {
        if (access.hasRole(Role.ADMIN)) {
            return null;
        }
        Set<Long> ids = new java.util.HashSet<>();
        boolean any = false;
        for (Membership m : access.memberships()) {
            if (m.getRole() == Role.DMC_MEMBER || m.getStudyId() != null && !m.getStudyId().equals(studyId)) {
                continue;
            }
            if (m.getSiteId() == null) {
                return null;
            }
            any = true;
            ids.add(m.getSiteId());
        }
        if (!any) {
            access.requireRoleAt(studyId, null, what, STUDY_STAFF); // refuses and audits
        }
        return ids;
    }

    private List<Sample> load(Long studyId, Set<Long> sites, Long site) {
        String where = " where r.subjectId = s.id and s.studyId = :study and r.formOid = :form"
                + (sites != null ? " and s.siteId in :sites" : "") + (site != null ? " and s.siteId = :site" : "");
        TypedQuery<Object[]> records = em.createQuery("select r.id, r.subjectId, r.visitCode, r.formVersion, s.subjectNumber,"
                + " s.screeningNumber, s.siteId from FormRecord r, Subject s" + where, Object[].class);
        TypedQuery<Object[]> values = em.createQuery("select v.formRecordId, v.repeatIndex, v.itemOid, v.value,"
                + " v.warningConfirmed from FormItemValue v, FormRecord r, Subject s" + where
                + " and v.formRecordId = r.id and v.groupOid = :group", Object[].class).setParameter("group", GROUP);
        for (TypedQuery<Object[]> q : List.of(records, values)) {
            q.setParameter("study", studyId).setParameter("form", FORM);
            if (sites != null) {
                q.setParameter("sites", sites.isEmpty() ? Set.of(-1L) : sites);
            }
            if (site != null) {
                q.setParameter("site", site);
            }
        }
        Map<Long, Object[]> byRecord = new HashMap<>();
        records.getResultList().forEach(r -> byRecord.put((Long) r[0], r));
        if (byRecord.isEmpty()) {
            return List.of();
        }
        Map<Long, String> siteCodes = new HashMap<>();
        for (Object[] r : em.createQuery("select s.id, s.code from Site s", Object[].class).getResultList()) {
            siteCodes.put((Long) r[0], (String) r[1]);
        }
        // record id → row → item → value (and the confirmed flags)
        Map<Long, TreeMap<Integer, Map<String, String>>> rows = new HashMap<>();
        Map<Long, Map<Integer, Boolean>> confirmedTemperature = new HashMap<>();
        for (Object[] v : values.getResultList()) {
            Long record = (Long) v[0];
            int row = ((Number) v[1]).intValue();
            rows.computeIfAbsent(record, k -> new TreeMap<>()).computeIfAbsent(row, k -> new HashMap<>())
                    .put((String) v[2], (String) v[3]);
            if ("BSTEMP".equals(v[2]) && Boolean.TRUE.equals(v[4])) {
                confirmedTemperature.computeIfAbsent(record, k -> new HashMap<>()).put(row, true);
            }
        }
        List<Sample> out = new ArrayList<>();
        rows.forEach((record, byRow) -> {
            Object[] r = byRecord.get(record);
            String label = r[4] != null ? (String) r[4] : (String) r[5];
            byRow.forEach((row, item) -> out.add(new Sample(record, (Long) r[1], label, siteCodes.get((Long) r[6]),
                    (String) r[2], row, item.get("BSREFID"), item.get("BSSPEC"), item.get("BSTUBE"),
                    date(item.get("BSDAT")), item.get("BSTIM"), item.get("BSPRCTIM"), integer(item.get("BSALIQ")),
                    item.get("BSFRZR"), item.get("BSRACK"), item.get("BSBOX"), item.get("BSPOS"),
                    location(item.get("BSFRZR"), item.get("BSRACK"), item.get("BSBOX"), item.get("BSPOS")),
                    integer(item.get("BSTEMP")),
                    confirmedTemperature.getOrDefault(record, Map.of()).getOrDefault(row, false), item.get("BSSTAT"),
                    item.get("BSASSAY"), date(item.get("BSSHPDAT")), item.get("BSSHPDST"), date(item.get("BSDSTDAT")),
                    item.get("BSDSTRSN"), ((Number) r[3]).intValue())));
        });
        out.sort(Comparator.comparing(Sample::siteCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Sample::subject, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Sample::collectedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Sample::visitCode).thenComparingInt(Sample::row));
        return out;
    }

    /** "freezer / rack / box / position", a part not recorded as "–"; null when none is. */
    static String location(String freezer, String rack, String box, String position) {
        List<String> parts = java.util.Arrays.asList(freezer, rack, box, position);
        if (parts.stream().allMatch(p -> p == null || p.isBlank())) {
            return null;
        }
        return String.join(" / ", parts.stream().map(p -> p == null || p.isBlank() ? "–" : p).toList());
    }

    /** Counts of {@code values} by code, every code of {@code codes} listed (0 when none), in their order. */
    static Map<String, Long> counts(List<String> codes, List<String> values) {
        Map<String, Long> out = new LinkedHashMap<>();
        codes.forEach(c -> out.put(c, 0L));
        values.stream().filter(java.util.Objects::nonNull).forEach(v -> out.merge(v, 1L, Long::sum));
        return out;
    }

    private static List<String> codes(FormDefinition def, String itemOid) {
        return def.item(itemOid).flatMap(i -> def.codeList(i.codeList())).map(CodeList::codeValues).orElse(List.of());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
