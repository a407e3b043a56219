/**
 * Decision-log records in the shape of the Authorization Decision Log standard (Logius / VNG-Realisatie): a recording
 * or usage decision as an {@code adl.access_evaluation} record, its request and response in AuthZEN form. The AuthZEN
 * API renders its answers with the same code, so that what was answered and what the log shows cannot differ.
 */
package nl.overheid.recordingpolicy.adapter.adl;
