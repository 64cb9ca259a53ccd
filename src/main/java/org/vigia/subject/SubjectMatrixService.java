package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.VisitDefinition;

/**
 * The subject matrix of a study: subjects (at the caller's sites) × the visits of the schedule, each cell a
 * {@link VisitStatus} name (empty before enrolment for the visits after screening). Paging, sorting and filtering
 * run in the database; the forms, the eligibility outcomes, the attached records (grouped by visit and procedure),
 * the typed marks, the end dates and the sites of one page are fetched with one query each for the page's
 * subjects, never one query per row, so the page costs the same at 780 subjects as at 10 (the site's "today" is
 * read once per site of the page).
 * <ul>
 *   <li>Screening column: for an enrolled subject the status of its screening visit (SCR) from the records its
 *       procedures require, as on the subject page; for a subject in screening or screen-failed (no visit plan yet)
 *       the eligibility form and the six baseline forms, OVERDUE while still in screening after the screening window
 *       (screening date + the window of the first visit). The forms are counted in formsComplete / formsTotal.</li>
 *   <li>Other columns: the visit's occurrences (cycles, repeats): COMPLETE when every occurrence has its date,
 *       OVERDUE when one has passed its window without a date</li>
 * </ul>
 */
@Stateless
public class SubjectMatrixService {

    public static final Set<String> SORTS = Set.of("number", "site", "status", "screenedOn", "enrolledOn", "arm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard access;

    @Inject
    private StudyService studies;

    @Inject
    private VisitAttachmentService visitRecords;

    @Inject
    private SiteService siteService;

    public record MatrixQuery(Long siteId, String status, String number, String sort, boolean descending, int first,
                              int max) {
    }

    public record VisitColumn(String code, String name) {
    }

    public record MatrixRow(Long subjectId, String label, String screeningNumber, String subjectNumber, Long siteId,
                            String siteCode, String status, String armId, LocalDate screenedOn, LocalDate enrolledOn,
                            int formsComplete, int formsTotal, Map<String, String> cells) {
    }

    public record MatrixPage(long total, int first, int max, List<VisitColumn> columns, List<MatrixRow> rows) {
    }

    public MatrixPage page(Long studyId, MatrixQuery q) {
        access.requireStudy(studyId, "subject matrix of study " + studyId);
        StudyDefinition def = studies.currentDefinition(studyId);
        List<VisitColumn> columns = def.visits().stream().map(v -> new VisitColumn(v.code(), v.name())).toList();
        Set<Long> sites = access.visibleSiteIds(studyId);
        int max = q.max() <= 0 ? 25 : Math.min(q.max(), 200);
        int first = Math.max(0, q.first());
        if (sites != null && sites.isEmpty()) {
            return new MatrixPage(0, first, max, columns, List.of());
        }
        String sort = q.sort() == null || q.sort().isBlank() ? "number" : q.sort();
        if (!SORTS.contains(sort)) {
            throw new InvalidInput("sort", Text.of(Bundle.SUBJECT, "matrix.refused.sort", String.valueOf(SORTS)));
        }
        SubjectStatus status = null;
        if (q.status() != null && !q.status().isBlank()) {
            try {
                status = SubjectStatus.valueOf(q.status());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status", Text.of(Bundle.SUBJECT, "matrix.refused.status", String.valueOf(List.of(SubjectStatus.values()))));
            }
        }
        StringBuilder where = new StringBuilder(" where s.studyId = :study");
        if (sites != null) {
            where.append(" and s.siteId in :sites");
        }
        if (q.siteId() != null) {
            where.append(" and s.siteId = :site");
        }
        if (status != null) {
            where.append(" and s.status = :status");
        }
        String number = q.number() == null || q.number().isBlank() ? null : q.number().trim().toUpperCase();
        if (number != null) {
            where.append(" and (upper(s.subjectNumber) like :num or upper(s.screeningNumber) like :num)");
        }
        String order = switch (sort) {
            case "site" -> "s.siteId";
            case "status" -> "s.status";
            case "screenedOn" -> "s.screenedOn";
            case "enrolledOn" -> "s.enrolledOn";
            case "arm" -> "s.armId";
            default -> "s.sortLabel"; // coalesce(subjectNumber, screeningNumber), indexed (V074)
        };
        TypedQuery<Long> count = em.createQuery("select count(s) from Subject s" + where, Long.class);
        // the page's ids first (on the sort's index alone: the offset skips index entries, not rows), then its rows
        TypedQuery<Long> rows = em.createQuery("select s.id from Subject s" + where + " order by " + order
                + (q.descending() ? " desc" : " asc") + ", s.id", Long.class);
        for (TypedQuery<?> t : List.of(count, rows)) {
            t.setParameter("study", studyId);
            if (sites != null) {
                t.setParameter("sites", sites);
            }
            if (q.siteId() != null) {
                t.setParameter("site", q.siteId());
            }
            if (status != null) {
                t.setParameter("status", status);
            }
            if (number != null) {
                t.setParameter("num", "%" + number.replace("%", "") + "%");
            }
        }
        long total = count.getSingleResult();
        List<Long> ids = rows.setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, Subject> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s from Subject s where s.id in :ids", Subject.class).setParameter("ids", ids)
                    .getResultList().forEach(x -> byId.put(x.getId(), x));
        }
        List<Subject> page = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new MatrixPage(total, first, max, columns, rowsOf(page, def));
    }

    private List<MatrixRow> rowsOf(List<Subject> page, StudyDefinition def) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Subject::getId).toList();
        Map<Long, int[]> forms = new HashMap<>();
        for (Object[] r : em.createQuery("select f.subjectId, count(f), sum(case when f.complete = true then 1 else 0 end)"
                + " from BaselineForm f where f.subjectId in :ids group by f.subjectId", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            forms.put((Long) r[0], new int[] {((Number) r[1]).intValue(), r[2] == null ? 0 : ((Number) r[2]).intValue()});
        }
        Map<Long, String> eligibility = new HashMap<>();
        for (Object[] r : em.createQuery("select f.subjectId, f.outcome from EligibilityForm f where f.subjectId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            eligibility.put((Long) r[0], (String) r[1]);
        }
        Map<Long, LocalDate> todays = new HashMap<>();
        page.forEach(x -> todays.computeIfAbsent(x.getSiteId(), id -> siteService.today(id).date()));
        LocalDate latest = todays.values().stream().max(LocalDate::compareTo).orElse(LocalDate.now());
        List<Subject> enrolled = page.stream().filter(x -> x.getEnrolledOn() != null && x.getArmId() != null).toList();
        Map<Long, List<VisitStates.State>> visits = visitRecords.states(enrolled, latest);
        Map<Long, String> siteCodes = new HashMap<>();
        for (Object[] r : em.createQuery("select s.id, s.code from Site s", Object[].class).getResultList()) {
            siteCodes.put((Long) r[0], (String) r[1]);
        }
        int formsTotal = BaselineFormType.values().length + 1;
        VisitDefinition screening = def.visits().get(0);
        List<MatrixRow> out = new ArrayList<>();
        for (Subject s : page) {
            int[] f = forms.getOrDefault(s.getId(), new int[] {0, 0});
            String outcome = eligibility.get(s.getId());
            int complete = f[1] + (outcome != null && !"INCOMPLETE".equals(outcome) ? 1 : 0);
            boolean started = f[0] > 0 || outcome != null;
            Map<String, String> cells = new LinkedHashMap<>();
            LocalDate today = todays.get(s.getSiteId());
            // an enrolled subject's screening visit has the status of its procedures, as on the subject page (the
            // baseline forms are counted in formsComplete); a subject in screening or screen-failed has no plan yet,
            // so its screening cell follows its screening forms
            Optional<VisitStatus> scheduled = visits.getOrDefault(s.getId(), List.of()).stream()
                    .filter(v -> v.planned().definitionCode().equals(screening.code())).map(VisitStates.State::status)
                    .findFirst();
            String scr = scheduled.map(VisitStatus::name).orElseGet(() -> complete == formsTotal ? "COMPLETE"
                    : s.getStatus() == SubjectStatus.SCREENING
                    && today.isAfter(s.getScreenedOn().plusDays(screening.windowBeforeDays())) ? "OVERDUE"
                    : started ? "IN_PROGRESS" : "NOT_STARTED");
            cells.put(screening.code(), scr);
            if (visits.containsKey(s.getId())) {
                Map<String, List<VisitStatus>> byDefinition = new HashMap<>();
                for (VisitStates.State v : visits.get(s.getId())) {
                    byDefinition.computeIfAbsent(v.planned().definitionCode(), k -> new ArrayList<>()).add(v.status());
                }
                for (VisitDefinition v : def.visits().subList(1, def.visits().size())) {
                    List<VisitStatus> occ = byDefinition.get(v.code());
                    if (occ != null) {
                        cells.put(v.code(), VisitStates.column(occ).name());
                    }
                }
            }
            out.add(new MatrixRow(s.getId(), s.label(), s.getScreeningNumber(), s.getSubjectNumber(), s.getSiteId(),
                    siteCodes.get(s.getSiteId()), s.getStatus().name(), s.getArmId(), s.getScreenedOn(),
                    s.getEnrolledOn(), complete, formsTotal, cells));
        }
        return out;
    }
}
