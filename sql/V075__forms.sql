-- Forms as data (issue 16). The form library (config/forms/) as loaded at start-up: each form version verbatim with
-- its SHA-256 (a changed form is a new version; a stored version is never edited), so that data keep the version
-- they were entered under even after its file is gone.
CREATE TABLE form_definition (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_oid       VARCHAR(32)  NOT NULL,
    form_version   INT          NOT NULL,
    procedure_code VARCHAR(48)  NOT NULL,
    source_name    VARCHAR(200) NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        MEDIUMTEXT   NOT NULL,
    loaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_form_definition UNIQUE (form_oid, form_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A form filled in for a subject at a planned visit (visit code of the subject's schedule, e.g. SCR, IND-C2D1):
-- one per subject, visit and form, under the form version it was first saved with. IN_PROGRESS while a required
-- item that is shown has no value (partial save), COMPLETE otherwise. version: optimistic lock.
CREATE TABLE form_record (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_id   BIGINT      NOT NULL,
    visit_code   VARCHAR(48) NOT NULL,
    form_oid     VARCHAR(32) NOT NULL,
    form_version INT         NOT NULL,
    status       VARCHAR(16) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    updated_by   VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_form_record_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_form_record_definition FOREIGN KEY (form_oid, form_version)
        REFERENCES form_definition (form_oid, form_version),
    CONSTRAINT uq_form_record UNIQUE (subject_id, visit_code, form_oid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One value of a form record: item path GROUP[repeat_index].ITEM, the value as stored (see ItemType), and whether
-- it lay outside the item's soft range and the user confirmed it (the flag a data manager reviews).
CREATE TABLE form_item_value (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_record_id    BIGINT        NOT NULL,
    group_oid         VARCHAR(32)   NOT NULL,
    repeat_index      INT           NOT NULL,
    item_oid          VARCHAR(32)   NOT NULL,
    value_text        VARCHAR(2000) NOT NULL,
    warning_confirmed BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_form_item_value_record FOREIGN KEY (form_record_id) REFERENCES form_record (id),
    CONSTRAINT uq_form_item_value UNIQUE (form_record_id, group_oid, repeat_index, item_oid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
