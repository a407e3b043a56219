-- Who: the identity that submitted a consent request (a case system sees only its own), the identity that made
-- each step of a request's history, and idempotency keys scoped to the caller that sent them ("consent-withdraw:
-- CR-...@" and an identity of up to 128 characters). Rows from before stay without an identity: auditors and the
-- consent officers of their authority still see them.
ALTER TABLE consent_request ADD COLUMN submitted_by VARCHAR(128);
ALTER TABLE consent_status_change ADD COLUMN acted_by VARCHAR(128);
ALTER TABLE idempotency_record ALTER COLUMN operation SET DATA TYPE VARCHAR(240);
