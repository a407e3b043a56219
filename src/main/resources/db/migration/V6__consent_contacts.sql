-- The grantor's contact with the citizen about a consent request (UWV: "Wij nemen dan contact met u op om met u mee
-- te denken over de meest passende oplossing"): when it took place, a note, and what was proposed instead of the
-- recording asked for. Append-only, numbered per request from 0; each row is a decision with its own decision-log
-- record. Portable SQL for H2 and PostgreSQL. A LATE request is open from now on (the employee may still decide
-- it), so the expiry sweep looks at LATE rows too: the existing index on (status, conversation_date) serves both.
CREATE TABLE consent_contact (
    reference               VARCHAR(40)              NOT NULL,
    seq                     INTEGER                  NOT NULL,
    contacted_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    note                    VARCHAR(500),
    alternative_medium      VARCHAR(8),
    alternative_description VARCHAR(500),
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by             VARCHAR(128),
    decision_id             VARCHAR(36)              NOT NULL,
    CONSTRAINT pk_consent_contact PRIMARY KEY (reference, seq),
    CONSTRAINT fk_consent_contact_request FOREIGN KEY (reference) REFERENCES consent_request (reference),
    CONSTRAINT ck_consent_contact_medium CHECK (alternative_medium IS NULL
        OR alternative_medium IN ('AUDIO', 'VIDEO', 'PHOTO'))
);
