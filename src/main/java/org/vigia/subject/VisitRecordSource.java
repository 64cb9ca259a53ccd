package org.vigia.subject;

import java.util.List;

/**
 * A feature's stored dated records, for the one-off attachment of the records stored before visits were dated from
 * their data ({@link VisitRecordBackfill}). Implemented by each feature that calls
 * {@link VisitAttachmentService#attach} (lab, dosing, ae, response, follow-up), with one query over its own table.
 */
public interface VisitRecordSource {

    /** One record with its subject. */
    record Sourced(Long subjectId, VisitRecord record) {
    }

    /** Every dated record of the feature. */
    List<Sourced> records();
}
