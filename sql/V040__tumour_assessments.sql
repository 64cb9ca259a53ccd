-- RECIST 1.1 tumour assessments (issue 6): one baseline and any number of follow-ups per subject, the
-- baseline lesions (target and non-target) and, per follow-up, one finding per lesion.

CREATE TABLE tumour_assessment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id          BIGINT       NOT NULL,
    study_id            BIGINT       NOT NULL,
    site_id             BIGINT       NOT NULL,
    kind                VARCHAR(16)  NOT NULL,           -- BASELINE or FOLLOW_UP
    assessed_on         DATE         NOT NULL,
    new_lesions         VARCHAR(16),                     -- follow-ups: NO, YES, EQUIVOCAL
    target_response     VARCHAR(16),                     -- computed when saved (follow-ups)
    non_target_response VARCHAR(16),
    computed_response   VARCHAR(16),
    override_response   VARCHAR(16),                     -- investigator's overall response, with a reason
    override_reason     VARCHAR(1000),
    overridden_by       VARCHAR(64),
    overridden_at       DATETIME(6),
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_tumour_assessment_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_tumour_assessment_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT fk_tumour_assessment_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_tumour_assessment_subject ON tumour_assessment (subject_id, kind, assessed_on);
CREATE INDEX ix_tumour_assessment_study ON tumour_assessment (study_id, site_id);

CREATE TABLE tumour_lesion (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT        NOT NULL,                -- the baseline assessment
    code          VARCHAR(16)   NOT NULL,                -- T1..T5, NT1...
    ordinal       INT           NOT NULL,
    role          VARCHAR(16)   NOT NULL,                -- TARGET or NON_TARGET
    organ         VARCHAR(64)   NOT NULL,
    nodal         BOOLEAN       NOT NULL DEFAULT FALSE,
    diameter_mm   DECIMAL(8, 2),                         -- longest diameter, or short axis of a node
    method        VARCHAR(16)   NOT NULL,                -- CT, MRI, PET_CT
    scanned_on    DATE,
    irradiation   VARCHAR(24)   NOT NULL,                -- SBRT, LOW_DOSE_RT, CONVENTIONAL_RT, NOT_IRRADIATED
    CONSTRAINT fk_tumour_lesion_assessment FOREIGN KEY (assessment_id) REFERENCES tumour_assessment (id),
    CONSTRAINT uq_tumour_lesion_code UNIQUE (assessment_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tumour_measurement (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,                 -- the follow-up
    lesion_id     BIGINT       NOT NULL,
    finding       VARCHAR(24)  NOT NULL,                 -- target: MEASURED, TOO_SMALL, DISAPPEARED, NOT_ASSESSED;
                                                         -- non-target: PRESENT, ABSENT, NOT_EVALUATED, UNEQUIVOCAL_PROGRESSION
    diameter_mm   DECIMAL(8, 2),                         -- measured diameter, or a node's short axis
    CONSTRAINT fk_tumour_measurement_assessment FOREIGN KEY (assessment_id) REFERENCES tumour_assessment (id),
    CONSTRAINT fk_tumour_measurement_lesion FOREIGN KEY (lesion_id) REFERENCES tumour_lesion (id),
    CONSTRAINT uq_tumour_measurement UNIQUE (assessment_id, lesion_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
