package org.vigia.lab;

/**
 * Fired (synchronously, inside the saving transaction) when a lab result is saved, so that other features react
 * in the same transaction: the AE feature grades it by CTCAE and proposes an adverse event.
 */
public record LabResultRecorded(LabResult result, Long studyId, Long siteId, String subjectLabel) {
}
