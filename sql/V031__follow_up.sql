-- End of treatment and follow-up (issue 5): treatment discontinuation, end-of-treatment visit, follow-up contacts
-- with survival status, progression and recurrence events (what OS, EFS, PFS, DMFS and LRRFS need).

CREATE TABLE treatment_end (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id       BIGINT        NOT NULL,
    kind             VARCHAR(24)   NOT NULL,   -- DISCONTINUATION, END_OF_TREATMENT_VISIT
    event_date       DATE          NOT NULL,
    reason           VARCHAR(40),              -- discontinuation reason code
    details          VARCHAR(2000),
    recorded_by      VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_treatment_end_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE follow_up_contact (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id        BIGINT        NOT NULL,
    contact_date      DATE          NOT NULL,
    survival_status   VARCHAR(24)   NOT NULL,   -- ALIVE, DEAD, LOST_TO_FOLLOW_UP
    death_date        DATE,
    death_cause       VARCHAR(40),              -- DISEASE, ADVERSE_EVENT, OTHER, UNKNOWN
    death_cause_text  VARCHAR(2000),
    last_known_alive  DATE,
    recorded_by       VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_contact_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE disease_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id    BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,   -- PROGRESSION, RECURRENCE
    extent        VARCHAR(16)   NOT NULL,   -- LOCAL, REGIONAL, DISTANT
    event_date    DATE          NOT NULL,
    method        VARCHAR(200),
    details       VARCHAR(2000),
    recorded_by   VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_disease_event_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_disease_event_subject ON disease_event (subject_id, event_date);
