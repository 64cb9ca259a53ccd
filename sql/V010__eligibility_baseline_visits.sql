-- Subject feature: the eligibility form, baseline forms and actual visit dates of each subject.

-- The eligibility form of a subject: the entries per criterion (JSON: criterion id -> entry), the subject
-- conditions that switch thresholds, the investigator overrides (JSON: criterion id -> reason) and the outcome
-- last evaluated (ELIGIBLE / NOT_ELIGIBLE / INCOMPLETE) with its reasons. One per subject.
CREATE TABLE eligibility_form (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id         BIGINT       NOT NULL,
    definition_version VARCHAR(32)  NOT NULL,
    entries            LONGTEXT     NOT NULL,
    conditions         VARCHAR(1000) NOT NULL DEFAULT '',
    overrides          LONGTEXT     NOT NULL,
    outcome            VARCHAR(16)  NOT NULL,
    reasons            LONGTEXT,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_elig_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT uq_elig_subject UNIQUE (subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per baseline form of a subject (DEMOGRAPHICS, ECOG, TUMOUR, MEDICAL_HISTORY, PRIOR_THERAPY, VITALS):
-- the validated field values as JSON, whether every required field is filled, and the version for concurrency.
CREATE TABLE baseline_form (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id  BIGINT      NOT NULL,
    form_code   VARCHAR(32) NOT NULL,
    data        LONGTEXT    NOT NULL,
    complete    BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at  DATETIME(6) NOT NULL,
    updated_by  VARCHAR(64) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_baseline_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT uq_baseline_form UNIQUE (subject_id, form_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_baseline_complete ON baseline_form (subject_id, complete);

-- The date a planned visit actually took place (visit code as planned, e.g. C2D1, TA3), with its window flag.
CREATE TABLE subject_visit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id     BIGINT      NOT NULL,
    visit_code     VARCHAR(48) NOT NULL,
    definition_code VARCHAR(48) NOT NULL,
    visit_date     DATE        NOT NULL,
    out_of_window  BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at     DATETIME(6) NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_visit_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT uq_subject_visit UNIQUE (subject_id, visit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_subject_visit_def ON subject_visit (subject_id, definition_code);

-- The subject matrix sorts and filters by these.
CREATE INDEX ix_subject_matrix ON subject (study_id, site_id, subject_number, screening_number);
