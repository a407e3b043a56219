-- Every status change of a consent request is a decision of the gateway with its own decision-log record;
-- the history links to it so that a caller can go from a request's history to the record.
ALTER TABLE consent_status_change ADD COLUMN decision_id VARCHAR(36);
