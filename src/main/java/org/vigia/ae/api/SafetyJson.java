package org.vigia.ae.api;

import java.time.Instant;
import java.time.LocalDate;
import org.vigia.ae.ProposedAdverseEvent;
import org.vigia.ae.SafetyNotification;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/** JSON shapes of the study-wide safety resources. */
public final class SafetyJson {

    private SafetyJson() {
    }

    public record ProposalJson(Long id, Long labResultId, Long subjectId, String term, String meddraCode, int grade,
            int baselineGrade, String criterion, LocalDate collectedOn, String status, String decidedBy,
            String reason, Long adverseEventId, long version) {
        public static ProposalJson of(ProposedAdverseEvent p) {
            return new ProposalJson(p.getId(), p.getLabResultId(), p.getSubjectId(), p.getTerm(), p.getMeddraCode(),
                    p.getGrade(), p.getBaselineGrade(), p.getCriterion(), p.getCollectedOn(), p.getStatus().name(),
                    p.getDecidedBy(), p.getReason(), p.getAdverseEventId(), p.getVersion());
        }
    }

    public record DecisionBody(Long version, @MaxLength(TextLimits.REASON) String reason) {
    }

    public record NotificationJson(Long id, Long adverseEventId, String recipientRole, String recipientName,
            String message, String emailStatus, Instant createdAt) {
        public static NotificationJson of(SafetyNotification n) {
            return new NotificationJson(n.getId(), n.getAdverseEventId(), n.getRecipientRole(), n.getRecipientName(),
                    n.getMessageText().english(), n.getEmailStatus(), n.getCreatedAt());
        }
    }

}
