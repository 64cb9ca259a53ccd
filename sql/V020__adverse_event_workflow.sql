-- The adverse-event feature: the full AE record (seriousness, SAE clock, signature), grade history, causality and
-- action per study agent and radiotherapy, lab-based AE proposals, safety notifications and the weekly
-- radiotherapy skin/mucosa checks.

ALTER TABLE adverse_event
    ADD COLUMN serious_criteria      VARCHAR(200),
    ADD COLUMN awareness_at          DATETIME(6),
    ADD COLUMN sae_due_at            DATETIME(6),
    ADD COLUMN sae_reported_at       DATETIME(6),
    ADD COLUMN treatment_given       VARCHAR(1000),
    ADD COLUMN baseline_condition    VARCHAR(300),
    ADD COLUMN recorded_by           VARCHAR(64),
    ADD COLUMN signed_by             VARCHAR(64),
    ADD COLUMN signed_name           VARCHAR(200),
    ADD COLUMN signed_at             DATETIME(6),
    ADD COLUMN signature_meaning     VARCHAR(300),
    ADD COLUMN updated_at            DATETIME(6);
CREATE INDEX ix_ae_serious ON adverse_event (serious, sae_due_at);

-- Each change of grade is a dated entry; the AE's worst grade is the highest entry.
CREATE TABLE adverse_event_grade (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    adverse_event_id BIGINT      NOT NULL,
    grade            INT         NOT NULL,
    since            VARCHAR(10) NOT NULL,
    recorded_at      DATETIME(6) NOT NULL,
    recorded_by      VARCHAR(64) NOT NULL,
    CONSTRAINT fk_ae_grade_ae FOREIGN KEY (adverse_event_id) REFERENCES adverse_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ae_grade_ae ON adverse_event_grade (adverse_event_id);

-- Causality (AEREL) and action taken (AEACN) per study agent of the subject's arm; agent_id RADIOTHERAPY for
-- radiotherapy.
CREATE TABLE adverse_event_attribution (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    adverse_event_id BIGINT       NOT NULL,
    agent_id         VARCHAR(64)  NOT NULL,
    agent_name       VARCHAR(200) NOT NULL,
    causality        VARCHAR(16),
    action_taken     VARCHAR(24),
    CONSTRAINT fk_ae_attr_ae FOREIGN KEY (adverse_event_id) REFERENCES adverse_event (id),
    CONSTRAINT uq_ae_attr UNIQUE (adverse_event_id, agent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A graded lab result worse than baseline proposes an AE; the investigator confirms (creates the AE) or dismisses.
CREATE TABLE lab_ae_proposal (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    lab_result_id    BIGINT       NOT NULL,
    subject_id       BIGINT       NOT NULL,
    study_id         BIGINT       NOT NULL,
    site_id          BIGINT       NOT NULL,
    term             VARCHAR(200) NOT NULL,
    meddra_code      CHAR(8)      NOT NULL,
    grade            INT          NOT NULL,
    baseline_grade   INT          NOT NULL,
    criterion        VARCHAR(300) NOT NULL,
    collected_on     DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       DATETIME(6),
    reason           VARCHAR(1000),
    adverse_event_id BIGINT,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_prop_lab FOREIGN KEY (lab_result_id) REFERENCES lab_result (id),
    CONSTRAINT fk_prop_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_prop_ae FOREIGN KEY (adverse_event_id) REFERENCES adverse_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_prop_status ON lab_ae_proposal (study_id, status);
CREATE INDEX ix_prop_subject ON lab_ae_proposal (subject_id);

-- In-application notifications of the study's safety contacts (and whether the e-mail went out).
CREATE TABLE safety_notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id         BIGINT       NOT NULL,
    site_id          BIGINT       NOT NULL,
    adverse_event_id BIGINT       NOT NULL,
    recipient_role   VARCHAR(64),
    recipient_name   VARCHAR(300),
    recipient_email  VARCHAR(300),
    message          VARCHAR(2000) NOT NULL,
    email_status     VARCHAR(16)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_notif_ae FOREIGN KEY (adverse_event_id) REFERENCES adverse_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notif_study ON safety_notification (study_id, created_at);

-- Weekly checks during radiotherapy (NCT07041788): CTCAE grades of oral mucositis and radiation dermatitis.
CREATE TABLE radiotherapy_skin_mucosa_check (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id        BIGINT      NOT NULL,
    assessed_on       DATE        NOT NULL,
    rt_week           INT         NOT NULL,
    mucositis_grade   INT         NOT NULL,
    dermatitis_grade  INT         NOT NULL,
    recorded_by       VARCHAR(64) NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_rtcheck_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT uq_rtcheck_week UNIQUE (subject_id, rt_week)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
