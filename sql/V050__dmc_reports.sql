-- Every DMC report generated: which study and cut-off, which format and language, when and by whom, the
-- SHA-256 of the data it was built from and of the file, and the study definition version. Append-only.
CREATE TABLE dmc_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    study_id           BIGINT      NOT NULL,
    cut_off            DATE        NOT NULL,
    format             VARCHAR(16) NOT NULL,
    language           VARCHAR(16) NOT NULL,
    generated_at       DATETIME(6) NOT NULL,
    generated_by       VARCHAR(64) NOT NULL,
    data_sha256        CHAR(64)    NOT NULL,
    file_sha256        CHAR(64)    NOT NULL,
    size_bytes         BIGINT      NOT NULL,
    definition_version VARCHAR(32) NOT NULL,
    CONSTRAINT fk_dmc_report_study FOREIGN KEY (study_id) REFERENCES study (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dmc_report_study ON dmc_report (study_id, generated_at);
