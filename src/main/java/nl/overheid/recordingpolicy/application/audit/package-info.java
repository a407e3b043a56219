/**
 * The decision log: every decision the gateway gives (policy decisions and consent-request transitions) is one
 * record, shaped after the Logius Authorization Decision Log draft: W3C Trace Context ids, an event name, a
 * timestamp, a status, the request, the response, the rules and policy version that produced it, and the caller.
 * A record is written in the same transaction as the decision it describes, so a decision whose record cannot be
 * written is never returned as successful.
 */
package nl.overheid.recordingpolicy.application.audit;
