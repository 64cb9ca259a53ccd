-- Idempotency keys of record-creating API calls (POST with the header Idempotency-Key): the first request claims
-- (username, key) by inserting this row before it runs; its response is stored here and returned to every repeat with
-- the same key and the same request for 24 hours. A repeat with another request is refused. See IdempotencyFilter.
CREATE TABLE idempotency_key (
    username        VARCHAR(64)   NOT NULL,
    idem_key        VARCHAR(128)  NOT NULL,
    request_sha256  CHAR(64)      NOT NULL,               -- method, path, query and body of the first request
    status          INT,                                  -- null while the first request is running
    location        VARCHAR(2000),
    content_type    VARCHAR(200),
    body            LONGBLOB,
    created_at      DATETIME(6)   NOT NULL,
    completed_at    DATETIME(6),
    PRIMARY KEY (username, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_idempotency_created ON idempotency_key (created_at);
