-- The gateway's own texts (policies/gateway-texts.xml) belong to a policy version: the answers are worded with them,
-- so an auditor needs them with the authorities' files, and a change to them is a new version (PolicyContent).
-- A column, not a row of policy_version_file: that table's rows are authorities' policies (authority NOT NULL).
-- Versions kept before this column have none (NULL) and keep their id, which was computed without them.

ALTER TABLE policy_version ADD COLUMN gateway_texts VARCHAR;
