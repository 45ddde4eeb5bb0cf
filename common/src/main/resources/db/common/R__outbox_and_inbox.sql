-- The outbox, inbox and idempotency keys every service has. Repeatable and idempotent: when this file changes,
-- Flyway runs it again after the service's own versioned migrations.

-- Events written in the same transaction as the state they describe; the relay publishes them.
CREATE TABLE IF NOT EXISTS outbox_event (
    id            BIGSERIAL PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    topic         TEXT        NOT NULL,
    message_key   TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    payload       JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at       TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Event ids a consumer has applied, written in the same transaction as the effect.
CREATE TABLE IF NOT EXISTS processed_event (
    consumer      TEXT        NOT NULL,
    event_id      UUID        NOT NULL,
    event_type    TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key: the first answer to a creating call, replayed for the same caller, key and request.
CREATE TABLE IF NOT EXISTS idempotency_key (
    caller            TEXT        NOT NULL,
    key               TEXT        NOT NULL,
    request_hash      TEXT        NOT NULL,
    status            INTEGER,
    response_body     TEXT,
    response_headers  JSONB,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX IF NOT EXISTS idempotency_key_created ON idempotency_key (created_at);
