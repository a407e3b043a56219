-- The archive of policy versions: each distinct policy the gateway has started with, kept so that the policy a
-- decision names (decision_log.policy_version_id) can always be retrieved (GET /api/v1/policy-versions/{id}).
-- id is the SHA-256 of the content (PolicyContent): one id, one content. Rows are only ever added.
-- Portable SQL: the same script runs on the embedded H2 default and on PostgreSQL.

CREATE TABLE policy_version (
    id                 VARCHAR(64)              NOT NULL,
    version            VARCHAR(16)              NOT NULL,
    effective_from     DATE                     NOT NULL,
    first_loaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_policy_version PRIMARY KEY (id)
);

-- The policy files of a version, in the order they were read, each exactly as in the file.
CREATE TABLE policy_version_file (
    policy_version_id  VARCHAR(64)              NOT NULL,
    position           INTEGER                  NOT NULL,
    authority          VARCHAR(16)              NOT NULL,
    name               VARCHAR                  NOT NULL,
    content            VARCHAR                  NOT NULL,
    CONSTRAINT pk_policy_version_file PRIMARY KEY (policy_version_id, position),
    CONSTRAINT fk_policy_version_file_version FOREIGN KEY (policy_version_id) REFERENCES policy_version (id)
);

-- Records written before this archive existed have none. The foreign key keeps every named version retrievable:
-- a version cannot be deleted while the log refers to it.
ALTER TABLE decision_log ADD COLUMN policy_version_id VARCHAR(64);
ALTER TABLE decision_log ADD CONSTRAINT fk_decision_log_policy_version
    FOREIGN KEY (policy_version_id) REFERENCES policy_version (id);
