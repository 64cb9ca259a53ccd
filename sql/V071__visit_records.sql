-- Which dated record of which feature belongs to which planned visit of a subject (issue 15, visits). One row per
-- record (lab result, administration, radiotherapy fraction, weekly RT check, tumour assessment, follow-up
-- contact); visit_code is NULL when no visit window holds the record's date (an unscheduled record). The subject
-- matrix reads a visit's status from these rows instead of scanning every feature's table. phase_id and cycle
-- (administrations only) give the actual cycle day 1 dates the schedule anchors on.
CREATE TABLE visit_record (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id     BIGINT      NOT NULL,
    record_type    VARCHAR(48) NOT NULL,
    record_id      BIGINT      NOT NULL,
    procedure_code VARCHAR(48) NOT NULL,
    record_date    DATE        NOT NULL,
    visit_code     VARCHAR(48) NULL,
    picked         BOOLEAN     NOT NULL DEFAULT FALSE,
    out_of_window  BOOLEAN     NOT NULL DEFAULT FALSE,
    phase_id       VARCHAR(48) NULL,
    cycle          INT         NULL,
    CONSTRAINT fk_visit_record_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT uq_visit_record UNIQUE (record_type, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_visit_record_subject ON visit_record (subject_id, visit_code, procedure_code);

-- A visit the site did not do: a subject_visit row with the reason and no date.
ALTER TABLE subject_visit MODIFY visit_date DATE NULL;
ALTER TABLE subject_visit ADD COLUMN not_done_reason VARCHAR(1000) NULL;

-- The one-off attachment of the records stored before V071 (VisitRecordBackfill, at start-up) marks itself done here.
CREATE TABLE visit_record_backfill (
    name    VARCHAR(48) PRIMARY KEY,
    done_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
