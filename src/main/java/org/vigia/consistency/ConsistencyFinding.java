package org.vigia.consistency;

import org.vigia.shared.text.Text;

/**
 * One record that breaks a {@link ConsistencyRule}: where it is (site, subject), which record it is and its date,
 * and what conflicts with it ({@code detail}, rendered in the reader's language by
 * {@link org.vigia.shared.text.Texts#render}).
 * <pre>{@code
 * new ConsistencyFinding(ConsistencyRule.AE_AFTER_DEATH, "CN02", "CN02-0001", "AdverseEvent", 17L, "2026-03-02",
 *         Text.of(Bundle.MESSAGES, "consistency.detail.aeAfterDeath", "2026-03-01"));
 * }</pre>
 *
 * @param recordType the kind of record: AdverseEvent, DoseAdministration or AdverseEventAttribution
 * @param date       the record's date as stored (ISO, possibly partial for an AE onset)
 */
public record ConsistencyFinding(ConsistencyRule rule, String siteCode, String subject, String recordType,
                                 Long recordId, String date, Text detail) {
}
