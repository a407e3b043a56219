-- Operation names carry the consent reference they act on ("consent-withdraw:CR-..." is 46 characters).
ALTER TABLE idempotency_record ALTER COLUMN operation SET DATA TYPE VARCHAR(80);
