/**
 * Use cases of the consent-request registry: submit, look up, find by case, decide, withdraw and expire. Every
 * change is one transaction holding the new state, its decision-log record and, for retried requests, the
 * idempotency record, so a change is never half done and never done twice.
 */
package nl.overheid.recordingpolicy.application.consent;
