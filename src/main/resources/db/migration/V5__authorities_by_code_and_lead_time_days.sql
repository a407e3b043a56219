-- Authorities are stored by code: UWV or a municipality's CBS code. The municipality that API version 1.0 called
-- MUNICIPALITY is the default policy pack, GM0000 (docs/interpretation.md); rows from before get its code, so that
-- the consent officers of that municipality, whatever name their identity uses, keep seeing them.
UPDATE consent_request SET authority = 'GM0000' WHERE authority = 'MUNICIPALITY';

-- The lead time of a recording request in working days, as the policy of its authority set it when the request was
-- submitted: no longer the same for every authority. Every recording request so far was UWV's, 5 working days.
ALTER TABLE consent_request ADD COLUMN lead_time_working_days INTEGER;
UPDATE consent_request SET lead_time_working_days = 5 WHERE kind = 'RECORDING';
