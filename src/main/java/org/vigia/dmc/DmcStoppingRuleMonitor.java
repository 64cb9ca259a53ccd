package org.vigia.dmc;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.SafetyContact;

/**
 * Evaluates the study definitions' stopping rules on the recorded data (the DMC report's dataset at today's date,
 * UTC) and, when a rule's threshold is reached, notifies the study's DMC members (in the application: the DMC
 * dashboard lists the alert) and its safety contacts (study definition {@code safetyContacts}), once per crossing:
 * not again while the rule stays reached, again after it fell below and is reached anew. The crossing is audited
 * ({@code STOPPING_RULE_REACHED}); e-mails go out after the transaction commits ({@link DmcAlertMailer}).
 *
 * <p>Runs every 30 minutes and after every DMC report generated at a cut-off of today or later. Safe on several
 * nodes: the rule's state row is read with a row lock, and alerts are unique per crossing and recipient.
 *
 * <pre>{@code
 * List<DmcStoppingRuleMonitor.Alert> sent = monitor.evaluate(study, dataset);
 * }</pre>
 */
@Stateless
public class DmcStoppingRuleMonitor {

    private static final Logger LOG = Logger.getLogger(DmcStoppingRuleMonitor.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    @Inject
    private DmcDataSource data;

    @Inject
    private AuditService audit;

    @Inject
    private Event<Alert> alerts;

    /** One notification of one recipient about one crossing. */
    public record Alert(long id, String registryId, String ruleType, int crossing, LocalDate dataUpTo, int events,
                        int treated, BigDecimal threshold, String recipient, String email) {
    }

    /** Every study with a stopping rule, at today's date (UTC). */
    @Schedule(minute = "*/30", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void evaluateAll() {
        for (Study study : em.createQuery("select s from Study s order by s.id", Study.class).getResultList()) {
            try {
                self().evaluateToday(study.getId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopping rules of " + study.getRegistryId() + " not evaluated", e);
            }
        }
    }

    /** The rules of one study at today's date (UTC), in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Alert> evaluateToday(long studyId) {
        Study study = studies.get(studyId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (DmcDefinitionMapping.stoppingRules(studies.definition(studyId,
                studies.versionOn(studyId, today).getDefinitionVersion())).isEmpty()) {
            return List.of();
        }
        return evaluate(study, data.assemble(study, today, Locale.ENGLISH));
    }

    /**
     * Records the state of each stopping rule of {@code dataset} (the study's data up to its cut-off, which must be
     * today or later) and the alerts of a new crossing; returns the alerts created.
     */
    public List<Alert> evaluate(Study study, DmcDataset dataset) {
        List<Alert> created = new ArrayList<>();
        for (DmcDataset.StoppingRule rule : dataset.stoppingRules()) {
            int events = (int) dataset.subjects().stream().filter(rule::counts).count();
            int treated = (int) dataset.subjects().stream().filter(DmcDataset.Subject::treated).count();
            boolean reached = rule.reached(events, treated);
            String type = rule.type().name();
            em.createNativeQuery("INSERT IGNORE INTO dmc_stopping_rule_state (study_id, rule_type, reached, crossings,"
                            + " events, treated, evaluated_on, evaluated_at) VALUES (?1, ?2, FALSE, 0, 0, 0, ?3, ?4)")
                    .setParameter(1, study.getId()).setParameter(2, type)
                    .setParameter(3, java.sql.Date.valueOf(dataset.cutOffDate()))
                    .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
            Object[] state = (Object[]) em.createNativeQuery("SELECT reached, crossings FROM dmc_stopping_rule_state"
                            + " WHERE study_id = ?1 AND rule_type = ?2 FOR UPDATE")
                    .setParameter(1, study.getId()).setParameter(2, type).getSingleResult();
            boolean wasReached = state[0] instanceof Boolean b ? b : ((Number) state[0]).intValue() != 0;
            int crossings = ((Number) state[1]).intValue();
            if (reached && !wasReached) {
                crossings++;
                created.addAll(alert(study, dataset, rule, crossings, events, treated));
            }
            em.createNativeQuery("UPDATE dmc_stopping_rule_state SET reached = ?3, crossings = ?4, events = ?5,"
                            + " treated = ?6, evaluated_on = ?7, evaluated_at = ?8 WHERE study_id = ?1 AND rule_type = ?2")
                    .setParameter(1, study.getId()).setParameter(2, type).setParameter(3, reached)
                    .setParameter(4, crossings).setParameter(5, events).setParameter(6, treated)
                    .setParameter(7, java.sql.Date.valueOf(dataset.cutOffDate()))
                    .setParameter(8, Timestamp.from(Instant.now())).executeUpdate();
        }
        created.forEach(alerts::fire);
        return created;
    }

    private List<Alert> alert(Study study, DmcDataset dataset, DmcDataset.StoppingRule rule, int crossing, int events,
                              int treated) {
        Map<String, String> recipients = new LinkedHashMap<>(); // recipient -> e-mail
        Map<String, String> kinds = new LinkedHashMap<>();
        em.createQuery("select m.user.username, m.user.email from Membership m where m.role = :role"
                        + " and m.user.active = true and (m.studyId is null or m.studyId = :study)"
                        + " order by m.user.username", Object[].class)
                .setParameter("role", Role.DMC_MEMBER).setParameter("study", study.getId()).getResultList()
                .forEach(r -> {
                    recipients.putIfAbsent((String) r[0], (String) r[1]);
                    kinds.putIfAbsent((String) r[0], "USER");
                });
        for (SafetyContact c : studies.definition(study.getId(), dataset.definitionVersion()).safetyContacts()) {
            String name = c.role() + ": " + (c.name() == null ? "" : c.name());
            recipients.putIfAbsent(name, c.email());
            kinds.putIfAbsent(name, "SAFETY_CONTACT");
        }
        List<Alert> result = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<String, String> r : recipients.entrySet()) {
            String recipient = r.getKey().length() > 300 ? r.getKey().substring(0, 300) : r.getKey();
            int inserted = em.createNativeQuery("INSERT IGNORE INTO dmc_stopping_rule_alert (study_id, rule_type,"
                            + " crossing, data_up_to, events, treated, threshold, recipient_kind, recipient,"
                            + " recipient_email, email_status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                            + " ?10, 'PENDING', ?11)")
                    .setParameter(1, study.getId()).setParameter(2, rule.type().name()).setParameter(3, crossing)
                    .setParameter(4, java.sql.Date.valueOf(dataset.cutOffDate())).setParameter(5, events)
                    .setParameter(6, treated).setParameter(7, rule.threshold()).setParameter(8, kinds.get(r.getKey()))
                    .setParameter(9, recipient).setParameter(10, r.getValue()).setParameter(11, Timestamp.from(now))
                    .executeUpdate();
            if (inserted == 0) {
                continue; // another node recorded this crossing for this recipient
            }
            long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            result.add(new Alert(id, study.getRegistryId(), rule.type().name(), crossing, dataset.cutOffDate(), events,
                    treated, rule.threshold(), recipient, r.getValue()));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rule", rule.type().name());
        fields.put("crossing", crossing);
        fields.put("dataUpTo", dataset.cutOffDate());
        fields.put("events", events);
        fields.put("treated", treated);
        fields.put("threshold", rule.threshold().stripTrailingZeros().toPlainString());
        fields.put("recipients", String.join(", ", recipients.keySet()));
        audit.recordAll(AuditEntry.of("STOPPING_RULE_REACHED", "Study", study.getId()).scope(study.getId(), null, null)
                .changes(Map.of(), fields));
        LOG.warning(() -> "Stopping rule " + rule.type() + " reached in " + study.getRegistryId() + ": " + events + "/"
                + treated + " (threshold " + rule.threshold() + "); " + recipients.size() + " recipients notified");
        return result;
    }

    /** The alerts of a study, newest first (the DMC dashboard lists them). */
    public List<Object[]> alerts(long studyId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT rule_type, crossing, data_up_to, events, treated, threshold,"
                        + " recipient_kind, recipient, email_status, created_at FROM dmc_stopping_rule_alert"
                        + " WHERE study_id = ?1 ORDER BY created_at DESC, id DESC")
                .setParameter(1, studyId).setMaxResults(max).getResultList();
        return rows;
    }

    private DmcStoppingRuleMonitor self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(DmcStoppingRuleMonitor.class).get();
    }
}
