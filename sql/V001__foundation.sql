-- Vigia foundation: sites, studies, user accounts, memberships, the append-only audit trail.
-- All timestamps are UTC (DATETIME(6) holding UTC wall-clock time).

CREATE TABLE site (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    country       CHAR(2)      NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_site_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE study (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    registry_id   VARCHAR(32)  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    short_title   VARCHAR(100),
    phase         VARCHAR(32),
    status        VARCHAR(32)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_study_registry UNIQUE (registry_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE study_site (
    study_id      BIGINT NOT NULL,
    site_id       BIGINT NOT NULL,
    PRIMARY KEY (study_id, site_id),
    CONSTRAINT fk_study_site_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT fk_study_site_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB;

CREATE TABLE user_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    password_hash   VARCHAR(512) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    locale          VARCHAR(16)  NOT NULL DEFAULT 'en',
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    password_changed_at DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A role held by a user, for one study (NULL: every study) and one site (NULL: every site of the study).
CREATE TABLE membership (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT      NOT NULL,
    role          VARCHAR(32) NOT NULL,
    study_id      BIGINT,
    site_id       BIGINT,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_membership_study FOREIGN KEY (study_id) REFERENCES study (id),
    CONSTRAINT fk_membership_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT uq_membership UNIQUE (user_id, role, study_id, site_id)
) ENGINE=InnoDB;
CREATE INDEX ix_membership_user ON membership (user_id);

-- The audit trail: append-only. Triggers below refuse UPDATE and DELETE.
CREATE TABLE audit_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    at_utc        DATETIME(6)  NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    action        VARCHAR(48)  NOT NULL,
    entity_type   VARCHAR(64)  NOT NULL,
    entity_id     VARCHAR(64),
    study_id      BIGINT,
    site_id       BIGINT,
    subject_ref   VARCHAR(64),
    field_name    VARCHAR(128),
    old_value     TEXT,
    new_value     TEXT,
    reason        VARCHAR(1000),
    client_ip     VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_at ON audit_log (at_utc);
CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id);
CREATE INDEX ix_audit_subject ON audit_log (subject_ref);
CREATE INDEX ix_audit_user ON audit_log (username, at_utc);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
