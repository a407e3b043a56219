/**
 * The decision log read for the Authorization Decision Log standard (Logius / VNG-Realisatie): who may read a recording
 * or usage decision's record, and the exact policy version that decided; adapter.adl gives it the standard's shape.
 */
package nl.overheid.recordingpolicy.application.adl;
