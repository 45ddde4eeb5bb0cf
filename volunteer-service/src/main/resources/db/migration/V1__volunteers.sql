-- Volunteers as Decree 67 Art. 5 describes them. The ID document number is never stored in clear:
-- AES-GCM ciphertext, an HMAC blind index for uniqueness, and the masked form for display.
CREATE SEQUENCE volunteer_number_seq START 1;

CREATE TABLE volunteer (
    id                    UUID PRIMARY KEY,
    volunteer_number      TEXT        NOT NULL UNIQUE,
    subject               TEXT UNIQUE,
    name                  TEXT        NOT NULL,
    gender                TEXT        NOT NULL,
    birth_date            DATE        NOT NULL,
    id_type               TEXT        NOT NULL,
    id_number_cipher      BYTEA       NOT NULL,
    id_number_index       TEXT        NOT NULL UNIQUE,
    id_number_masked      TEXT        NOT NULL,
    district              TEXT        NOT NULL,
    community             TEXT,
    phone                 TEXT        NOT NULL,
    skills                TEXT[]      NOT NULL DEFAULT '{}',
    service_categories    TEXT[]      NOT NULL DEFAULT '{}',
    work_unit_id          UUID,
    post                  TEXT,
    consent_text_version  TEXT        NOT NULL,
    consent_accepted_at   TIMESTAMPTZ NOT NULL,
    registered_by         TEXT        NOT NULL,
    registered_at         TIMESTAMPTZ NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX volunteer_district ON volunteer (district, registered_at);
