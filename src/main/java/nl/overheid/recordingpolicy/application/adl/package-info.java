/**
 * The decision log read in the shape of the Authorization Decision Log standard (Logius / VNG-Realisatie): a recording
 * or usage decision as an {@code adl.access_evaluation} record, its request and response in AuthZEN form (the mapping
 * the AuthZEN API uses too), W3C Trace Context ids, and a reference to the exact policy version that decided.
 */
package nl.overheid.recordingpolicy.application.adl;
