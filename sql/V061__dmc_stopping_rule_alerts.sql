-- Stopping rules of the study definition evaluated on the recorded data (DmcStoppingRuleMonitor): the state of
-- each rule per study, and one alert per recipient each time a rule's threshold is crossed (not again while it
-- stays reached; again after it fell below and is reached anew).
CREATE TABLE dmc_stopping_rule_state (
    study_id      BIGINT       NOT NULL,
    rule_type     VARCHAR(64)  NOT NULL,
    reached       BOOLEAN      NOT NULL,
    crossings     INT          NOT NULL DEFAULT 0,
    events        INT          NOT NULL,
    treated       INT          NOT NULL,
    evaluated_on  DATE         NOT NULL,
    evaluated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (study_id, rule_type),
    CONSTRAINT fk_stop_state_study FOREIGN KEY (study_id) REFERENCES study (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dmc_stopping_rule_alert (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id        BIGINT        NOT NULL,
    rule_type       VARCHAR(64)   NOT NULL,
    crossing        INT           NOT NULL,
    data_up_to      DATE          NOT NULL,
    events          INT           NOT NULL,
    treated         INT           NOT NULL,
    threshold       DECIMAL(7, 4) NOT NULL,
    recipient_kind  VARCHAR(16)   NOT NULL,   -- USER (a DMC member's account) or SAFETY_CONTACT (study definition)
    recipient       VARCHAR(300)  NOT NULL,   -- username, or the contact's role and name
    recipient_email VARCHAR(300),
    email_status    VARCHAR(16)   NOT NULL,   -- SENT, NOT_CONFIGURED, NO_ADDRESS, FAILED
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_stop_alert_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT uq_stop_alert UNIQUE (study_id, rule_type, crossing, recipient_kind, recipient)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_stop_alert_study ON dmc_stopping_rule_alert (study_id, created_at);
