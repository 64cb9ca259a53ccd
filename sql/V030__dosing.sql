-- Treatment administration (issue 5): one row per agent, phase, cycle and day as recorded on the dosing form, the
-- protocol deviations found at dosing time, and delivered radiotherapy fractions.

CREATE TABLE dose_administration (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id             BIGINT        NOT NULL,
    agent_id               VARCHAR(64)   NOT NULL,
    phase_id               VARCHAR(64)   NOT NULL,
    cycle                  INT           NOT NULL,
    cycle_day              INT           NOT NULL,
    administered_on        DATE          NOT NULL,
    status                 VARCHAR(16)   NOT NULL,   -- GIVEN, NOT_GIVEN (a hold), DISCONTINUED
    not_given_reason       VARCHAR(2000),
    dose_percent           DECIMAL(7, 2) NOT NULL,
    planned_full_mg        DECIMAL(12, 1),
    planned_mg             DECIMAL(12, 1),
    administered_mg        DECIMAL(12, 1),
    working                VARCHAR(1000),
    height_cm              DECIMAL(6, 1),
    weight_kg              DECIMAL(6, 1),
    bsa_m2                 DECIMAL(5, 2),
    bsa_height_cm          DECIMAL(6, 1),
    bsa_weight_kg          DECIMAL(6, 1),
    bsa_formula            VARCHAR(16),
    infusion_start         DATETIME(6),
    infusion_stop          DATETIME(6),
    infusion_minutes       INT,
    infusion_outcome       VARCHAR(16),
    recommendation         VARCHAR(16)   NOT NULL,   -- CONTINUE, HOLD, DISCONTINUE at the time of recording
    recommended_mg         DECIMAL(12, 1),
    recommendation_reasons TEXT,
    resume_dose_percent    DECIMAL(7, 2),            -- NOT_GIVEN for a hold: the dose to resume at
    resume_when_grade_at_most INT,
    departure_reason       VARCHAR(2000),
    gate                   VARCHAR(16)   NOT NULL,   -- NOT_GATED, GO, OVERRIDDEN
    gate_override_reason   VARCHAR(2000),
    recorded_by            VARCHAR(64)   NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_dose_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dose_subject ON dose_administration (subject_id, agent_id, administered_on);

CREATE TABLE protocol_deviation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id            BIGINT        NOT NULL,
    site_id             BIGINT        NOT NULL,
    subject_id          BIGINT        NOT NULL,
    subject_label       VARCHAR(32)   NOT NULL,
    administration_id   BIGINT,
    category            VARCHAR(32)   NOT NULL,   -- DOSE
    kind                VARCHAR(40)   NOT NULL,   -- ProtocolDeviation.Kind
    agent_id            VARCHAR(64),
    occurred_on         DATE          NOT NULL,
    recommended_mg      DECIMAL(12, 1),
    administered_mg     DECIMAL(12, 1),
    difference_percent  DECIMAL(7, 1),
    description         VARCHAR(2000) NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_deviation_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT fk_deviation_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_deviation_administration FOREIGN KEY (administration_id) REFERENCES dose_administration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_deviation_study ON protocol_deviation (study_id, site_id, occurred_on);

CREATE TABLE radiotherapy_fraction (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id      BIGINT        NOT NULL,
    course_id       VARCHAR(64)   NOT NULL,
    delivered_on    DATE          NOT NULL,
    dose_gy         DECIMAL(6, 2) NOT NULL,
    observed_events VARCHAR(300),
    recorded_by     VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_fraction_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fraction_subject ON radiotherapy_fraction (subject_id, course_id, delivered_on);
