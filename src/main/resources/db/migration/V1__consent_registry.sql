-- Consent requests, their status history, idempotency records and the decision log.
-- Portable SQL: the same script runs on the embedded H2 default and on PostgreSQL.
-- AVG (data minimisation): no citizen service number, no names. A consent request holds only what the
-- decision needs; case_reference is the calling system's own reference to its case.

CREATE TABLE consent_request (
    reference          VARCHAR(40)              NOT NULL,
    kind               VARCHAR(16)              NOT NULL,
    authority          VARCHAR(16)              NOT NULL,
    medium             VARCHAR(8)               NOT NULL,
    intended_usage     VARCHAR(32),
    conversation_date  DATE                     NOT NULL,
    channel            VARCHAR(16)              NOT NULL,
    case_reference     VARCHAR(64)              NOT NULL,
    request_date       DATE                     NOT NULL,
    consent_grantor    VARCHAR(16)              NOT NULL,
    deadline           DATE,
    on_time            BOOLEAN,
    status             VARCHAR(16)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_consent_request PRIMARY KEY (reference),
    CONSTRAINT ck_consent_kind CHECK (kind IN ('RECORDING', 'PUBLICATION')),
    CONSTRAINT ck_consent_status CHECK (status IN ('SUBMITTED', 'GRANTED', 'DENIED', 'WITHDRAWN', 'EXPIRED', 'LATE')),
    CONSTRAINT ck_consent_channel CHECK (channel IN ('MIJN_UWV', 'CHAT', 'PHONE', 'COUNTER', 'LETTER')),
    CONSTRAINT ck_consent_lead_time CHECK ((kind = 'RECORDING') = (deadline IS NOT NULL AND on_time IS NOT NULL))
);

CREATE INDEX ix_consent_request_case ON consent_request (case_reference, created_at, reference);
CREATE INDEX ix_consent_request_expiry ON consent_request (status, conversation_date);

CREATE TABLE consent_status_change (
    reference    VARCHAR(40)              NOT NULL,
    seq          INTEGER                  NOT NULL,
    from_status  VARCHAR(16),
    to_status    VARCHAR(16)              NOT NULL,
    actor        VARCHAR(16)              NOT NULL,
    reason       VARCHAR(500),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_consent_status_change PRIMARY KEY (reference, seq),
    CONSTRAINT fk_consent_status_change_request FOREIGN KEY (reference) REFERENCES consent_request (reference)
);

-- One row per (operation, Idempotency-Key / requestId): the first request's fingerprint and, once done, its
-- response. The primary key is what makes a duplicate impossible, however many retries race.
CREATE TABLE idempotency_record (
    operation          VARCHAR(40)              NOT NULL,
    idempotency_key    VARCHAR(200)             NOT NULL,
    request_hash       VARCHAR(64)              NOT NULL,
    state              VARCHAR(16)              NOT NULL,
    response_status    INTEGER,
    response_body      VARCHAR,
    resource_reference VARCHAR(40),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (operation, idempotency_key),
    CONSTRAINT ck_idempotency_state CHECK (state IN ('IN_PROGRESS', 'COMPLETED'))
);

-- Every decision the gateway gives, after the Logius Authorization Decision Log draft.
CREATE TABLE decision_log (
    decision_id        VARCHAR(36)              NOT NULL,
    trace_id           VARCHAR(32)              NOT NULL,
    span_id            VARCHAR(16)              NOT NULL,
    parent_span_id     VARCHAR(16),
    event_name         VARCHAR(64)              NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(32)              NOT NULL,
    caller             VARCHAR(500)             NOT NULL,
    request_body       VARCHAR                  NOT NULL,
    response_body      VARCHAR                  NOT NULL,
    rule_ids           VARCHAR(2000)            NOT NULL,
    policy_version     VARCHAR(16)              NOT NULL,
    consent_reference  VARCHAR(40),
    CONSTRAINT pk_decision_log PRIMARY KEY (decision_id)
);

CREATE INDEX ix_decision_log_trace ON decision_log (trace_id);
CREATE INDEX ix_decision_log_consent ON decision_log (consent_reference);
