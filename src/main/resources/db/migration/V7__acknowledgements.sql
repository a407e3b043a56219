-- The signed acknowledgement at the end of the municipal rules: the form's date, the client's and the employee's
-- name and whether each signed, against the calling system's case. Portable SQL (H2 and PostgreSQL).
-- AVG: the names are personal data; they are kept here only (the decision log records the registration without
-- them), so that this row is the one place to correct or erase them.
CREATE TABLE acknowledgement (
    reference          VARCHAR(40)              NOT NULL,
    authority          VARCHAR(16)              NOT NULL,
    rule_id            VARCHAR(64)              NOT NULL,
    case_reference     VARCHAR(64)              NOT NULL,
    form_date          DATE                     NOT NULL,
    client_name        VARCHAR(200)             NOT NULL,
    employee_name      VARCHAR(200)             NOT NULL,
    signed_by_client   BOOLEAN                  NOT NULL,
    signed_by_employee BOOLEAN                  NOT NULL,
    registered_by      VARCHAR(128)             NOT NULL,
    registered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_id        VARCHAR(36)              NOT NULL,
    CONSTRAINT pk_acknowledgement PRIMARY KEY (reference)
);

CREATE INDEX ix_acknowledgement_case ON acknowledgement (case_reference, registered_at, reference);
