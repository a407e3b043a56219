/**
 * Idempotent retries: a caller-chosen key (REST Idempotency-Key header, SOAP requestId) makes a retried
 * request return the first answer instead of doing the work twice. The key is claimed in a transaction of its
 * own before the work starts, and the answer stored in the same transaction as the work, so that a retry either
 * sees the finished answer, sees the first request still in flight, or runs the work itself: never twice.
 */
package nl.overheid.recordingpolicy.application.idempotency;
