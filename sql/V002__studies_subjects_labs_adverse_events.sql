-- The clinical backbone shared by every feature: study definitions (versioned), subjects, lab results and
-- normal ranges, and the core of the adverse-event record. Features add their own tables in later scripts.

ALTER TABLE study
    ADD COLUMN target_enrolment INT,
    ADD COLUMN allocation_method VARCHAR(32),
    ADD COLUMN randomisation_seed BIGINT;

-- Every version of a study definition ever loaded, verbatim, with its checksum. A version never changes.
CREATE TABLE study_definition (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id           BIGINT      NOT NULL,
    definition_version VARCHAR(32) NOT NULL,
    effective_from     DATE        NOT NULL,
    source_name        VARCHAR(200) NOT NULL,
    sha256             CHAR(64)    NOT NULL,
    content            LONGTEXT    NOT NULL,
    loaded_at          DATETIME(6) NOT NULL,
    CONSTRAINT fk_definition_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT uq_definition_version UNIQUE (study_id, definition_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subject (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id            BIGINT      NOT NULL,
    site_id             BIGINT      NOT NULL,
    screening_number    VARCHAR(32) NOT NULL,
    subject_number      VARCHAR(32),
    sex                 VARCHAR(8)  NOT NULL,
    birth_year          INT         NOT NULL,
    status              VARCHAR(24) NOT NULL,
    arm_id              VARCHAR(32),
    consent_date        DATE,
    screened_on         DATE        NOT NULL,
    enrolled_on         DATE,
    screen_failure_reason VARCHAR(2000),
    definition_version  VARCHAR(32) NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_subject_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT fk_subject_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT uq_subject_screening UNIQUE (study_id, site_id, screening_number),
    CONSTRAINT uq_subject_number UNIQUE (study_id, subject_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_subject_study_site ON subject (study_id, site_id, status);

-- Next subject number per study and site; locked with SELECT ... FOR UPDATE when a subject is enrolled.
CREATE TABLE subject_number_sequence (
    study_id   BIGINT NOT NULL,
    site_id    BIGINT NOT NULL,
    next_value INT    NOT NULL,
    PRIMARY KEY (study_id, site_id)
) ENGINE=InnoDB;

-- Normal ranges per site (NULL: default for every site), test, sex (NULL: both) and age band.
CREATE TABLE normal_range (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id    BIGINT,
    test_code  VARCHAR(16) NOT NULL,
    sex        VARCHAR(8),
    age_min    INT,
    age_max    INT,
    unit       VARCHAR(16) NOT NULL,
    lln        DECIMAL(18, 6),
    uln        DECIMAL(18, 6),
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_range_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB;
CREATE INDEX ix_range_lookup ON normal_range (test_code, site_id);

CREATE TABLE lab_result (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id      BIGINT       NOT NULL,
    test_code       VARCHAR(16)  NOT NULL,
    collected_on    DATE         NOT NULL,
    visit_code      VARCHAR(32),
    value           DECIMAL(18, 6) NOT NULL,
    unit            VARCHAR(16)  NOT NULL,
    canonical_value DECIMAL(18, 6) NOT NULL,
    lln             DECIMAL(18, 6),
    uln             DECIMAL(18, 6),
    baseline        BOOLEAN      NOT NULL DEFAULT FALSE,
    ctcae_term      VARCHAR(200),
    ctcae_grade     INT,
    ctcae_criterion VARCHAR(300),
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_lab_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_lab_subject ON lab_result (subject_id, test_code, collected_on);

-- The core of an adverse event; the AE feature adds grade history, causality, signatures and SAE reports.
CREATE TABLE adverse_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id      BIGINT       NOT NULL,
    meddra_code     CHAR(8)      NOT NULL,
    term            VARCHAR(200) NOT NULL,
    soc             VARCHAR(200) NOT NULL,
    verbatim        VARCHAR(500),
    onset           VARCHAR(10)  NOT NULL,
    end_date        VARCHAR(10),
    ongoing         BOOLEAN      NOT NULL DEFAULT TRUE,
    grade           INT          NOT NULL,
    worst_grade     INT          NOT NULL,
    serious         BOOLEAN      NOT NULL DEFAULT FALSE,
    immune_related  BOOLEAN      NOT NULL DEFAULT FALSE,
    immune_category VARCHAR(40),
    outcome         VARCHAR(48),
    status          VARCHAR(24)  NOT NULL,
    lab_result_id   BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_ae_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_ae_lab FOREIGN KEY (lab_result_id) REFERENCES lab_result (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ae_subject ON adverse_event (subject_id, ongoing);

-- Each randomised allocation, in order per stratum; the list can be regenerated from the study's seed and
-- compared (verification and balance report).
CREATE TABLE randomisation_allocation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id        BIGINT      NOT NULL,
    stratum_key     VARCHAR(300) NOT NULL,
    sequence_number INT         NOT NULL,
    arm_id          VARCHAR(32) NOT NULL,
    block_number    INT         NOT NULL,
    block_size      INT         NOT NULL,
    subject_id      BIGINT      NOT NULL,
    allocated_at    DATETIME(6) NOT NULL,
    allocated_by    VARCHAR(64) NOT NULL,
    CONSTRAINT fk_alloc_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT fk_alloc_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT uq_alloc_sequence UNIQUE (study_id, stratum_key, sequence_number),
    CONSTRAINT uq_alloc_subject UNIQUE (subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
